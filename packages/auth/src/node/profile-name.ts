import { NoxusCredentialsError } from "../errors.js";
import { maskSecret } from "../internal/mask.js";

const MAX_SHOWN = 20;

// Letters and digits first (so no `-flag`, `.hidden` or `__proto__`), then up to 63 more of
// letters, digits, `_`, `.` and `-`: safe as a file name, a CLI argument and a JSON key.
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Whether `name` can name a profile: a letter or digit, then up to 63 letters, digits, `_`, `.` or `-`. */
export function isValidProfileName(name: unknown): name is string {
  return typeof name === "string" && PROFILE_NAME.test(name);
}

/**
 * @throws NoxusCredentialsError `invalid_profile` saying which names are allowed.
 * A long invalid "name" is shown masked like a key: it may well be a key pasted in the
 * wrong place (`--profile nxl_…`).
 */
export function assertProfileName(name: unknown, where = "Profile name"): asserts name is string {
  if (isValidProfileName(name)) return;
  const shownInFull = typeof name === "string" && name.length <= MAX_SHOWN;
  const shown =
    typeof name !== "string"
      ? `(a ${name === null ? "null" : typeof name})`
      : JSON.stringify(shownInFull ? name : maskSecret(name));
  throw new NoxusCredentialsError(
    "invalid_profile",
    `${where} ${shown} is not valid: use 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit (e.g. "default", "acme-prod").`,
    shownInFull ? { profile: name } : {},
  );
}
