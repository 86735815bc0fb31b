/** What stands for the hidden part of a key. */
export const ELLIPSIS = "…";

// A key shows its first PREFIX_LENGTH characters (`nxl_AbC…`: the kind and a hint of which
// key) only when it is at least MIN_LENGTH_FOR_PREFIX long, so at most a third of any key is
// ever shown. Shorter strings (test keys, typos) show nothing at all.
const PREFIX_LENGTH = 7;
const MIN_LENGTH_FOR_PREFIX = PREFIX_LENGTH * 3;

/** The printable stand-in for a secret: a short prefix and `…`, or only `…`. */
export function maskSecret(secret: string): string {
  return secret.length >= MIN_LENGTH_FOR_PREFIX
    ? `${secret.slice(0, PREFIX_LENGTH)}${ELLIPSIS}`
    : ELLIPSIS;
}
