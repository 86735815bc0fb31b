import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const KEY_PREFIX = "nxl_";

/** A new API key: `nxl_` + 40 base64url characters (240 bits of randomness). */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(30).toString("base64url");
}

/**
 * Keys are stored only as SHA-256 digests. A plain (unsalted) digest is enough because keys
 * are long random strings, not passwords: there is nothing to guess from a dictionary.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** What may be shown of a key: its first characters, never enough to use it. */
export function displayPrefix(key: string): string {
  return `${key.slice(0, KEY_PREFIX.length + 4)}…`;
}

/** Compares two digests in constant time (the lookup already matched them by index). */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
