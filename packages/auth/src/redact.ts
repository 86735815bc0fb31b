import { ApiKey } from "./api-key.js";
import { ELLIPSIS, maskSecret } from "./internal/mask.js";

type Secret = string | ApiKey | null | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces every occurrence of the given secrets in `text` with their masked form
 * (`nxl_AbC…`). Empty and missing secrets are ignored, so `redact(log, process.env.X)` is safe.
 *
 * One pass over the text with the longest secrets first: a key that contains another is
 * masked whole, and a mask is never scanned again (it could contain a shorter secret).
 */
export function redact(text: string, ...secrets: Secret[]): string {
  const plain = [
    ...new Set(
      secrets
        .map((secret) => (secret instanceof ApiKey ? secret.reveal() : secret))
        .filter((secret): secret is string => typeof secret === "string" && secret.length > 0),
    ),
  ].sort((a, b) => b.length - a.length);
  if (plain.length === 0) return String(text);
  const pattern = new RegExp(plain.map(escapeRegExp).join("|"), "g");
  return String(text).replace(pattern, (match) => maskSecret(match));
}

// Headers that carry credentials (the same set as openai-node's log formatter, plus
// proxy-authorization). Names are compared lower-cased: header names are case-insensitive.
const SENSITIVE = new Set([
  "x-api-key",
  "api-key",
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
]);

/** Masks one header value, keeping what helps debugging: the auth scheme, cookie names. */
function maskValue(name: string, value: string): string {
  switch (name) {
    case "authorization":
    case "proxy-authorization": {
      const match = /^(\S+)\s+(.+)$/.exec(value);
      return match ? `${match[1]} ${maskSecret(match[2] ?? "")}` : maskSecret(value);
    }
    case "cookie":
      return value
        .split(";")
        .map((pair) => {
          const eq = pair.indexOf("=");
          return eq === -1 ? ELLIPSIS : `${pair.slice(0, eq).trim()}=${ELLIPSIS}`;
        })
        .join("; ");
    case "set-cookie": {
      // Only the first pair is the cookie; the attributes after it (Path, Expires…) are not secret.
      const [first = "", ...attributes] = value.split(";");
      const eq = first.indexOf("=");
      const masked = eq === -1 ? ELLIPSIS : `${first.slice(0, eq).trim()}=${ELLIPSIS}`;
      return [masked, ...attributes].join(";");
    }
    default:
      return maskSecret(value);
  }
}

function maskHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  return SENSITIVE.has(lower) ? maskValue(lower, value) : value;
}

/** Headers as a plain object (Node's `IncomingHttpHeaders`, undici's, or your own), as redactHeaders takes and returns them. */
export type HeaderRecord = Record<string, string | readonly string[] | number | undefined>;

/**
 * A copy of `headers` with credential values masked (x-api-key, authorization,
 * proxy-authorization, cookie, set-cookie), for logs and error reports. Takes a Headers, a
 * record (Node's IncomingHttpHeaders included) or a list of tuples, and gives back the same
 * kind; the input is never modified. Masks end in `…`, except in a Headers, which only holds
 * Latin-1 and gets `...`.
 */
export function redactHeaders(headers: Headers): Headers;
export function redactHeaders(headers: [string, string][]): [string, string][];
export function redactHeaders<T extends HeaderRecord>(headers: T): T;
export function redactHeaders(
  headers: Headers | [string, string][] | HeaderRecord,
): Headers | [string, string][] | HeaderRecord {
  if (headers instanceof Headers) {
    // A Headers only holds ByteStrings (Latin-1): `…` cannot go in, so it writes `...`.
    const ascii = (name: string, value: string) =>
      maskHeader(name, value).replaceAll(ELLIPSIS, "...");
    const out = new Headers();
    for (const [name, value] of headers) {
      if (name.toLowerCase() !== "set-cookie") out.append(name, ascii(name, value));
    }
    // Iterating Headers may fold several Set-Cookie lines into one; getSetCookie keeps them apart.
    const cookies =
      typeof headers.getSetCookie === "function"
        ? headers.getSetCookie()
        : [headers.get("set-cookie")].filter((value): value is string => value !== null);
    for (const cookie of cookies) out.append("set-cookie", ascii("set-cookie", cookie));
    return out;
  }
  if (Array.isArray(headers)) {
    return headers.map(([name, value]): [string, string] => [
      name,
      maskHeader(name, String(value)),
    ]);
  }
  const out: HeaderRecord = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] =
      typeof value === "string"
        ? maskHeader(name, value)
        : Array.isArray(value)
          ? value.map((item: string) => maskHeader(name, String(item)))
          : value;
  }
  return out;
}
