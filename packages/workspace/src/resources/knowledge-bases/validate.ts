import { NoxusInputError } from "../../errors.js";

/** An id the caller passes: a non-blank string, else a NoxusInputError naming what it is. */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== "string" || !value.trim()) {
    throw new NoxusInputError(
      "invalid_id",
      `The ${what} id must be a non-empty string; got ${value === "" ? "an empty string" : typeof value}.`,
    );
  }
  return value;
}

/** A KB folder: starts with `/` (the API's default is `/`). */
export function checkPrefix(prefix: unknown): string | undefined {
  if (prefix === undefined) return undefined;
  if (typeof prefix !== "string" || !prefix.startsWith("/")) {
    throw new NoxusInputError(
      "invalid_prefix",
      `The prefix is a knowledge-base folder and must start with "/" (e.g. "/docs"); got ${JSON.stringify(prefix)}.`,
    );
  }
  return prefix;
}

/** A positive integer option, or its default. */
export function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new NoxusInputError(
      "invalid_option",
      `${name} must be a positive integer; got ${String(value)}.`,
    );
  }
  return value;
}
