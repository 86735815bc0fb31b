/**
 * Bytes to base64 with what every runtime has (`btoa`): no Buffer, so the core stays
 * browser-safe. The bytes go through `String.fromCharCode` in slices, because spreading a
 * large array into one call overflows the argument limit.
 */
const SLICE = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}
