import { NoxusInputError, type NoxusInputErrorCode } from "../errors.js";

/**
 * Every argument check of the SDK, in one place, so that the same mistake gets the same
 * code and the same words whichever resource it is made on. Checks run before anything is
 * sent: a typo never reaches the server as a confusing 404 or 422.
 *
 * Messages name what was expected and say what was given (`describeValue`), never echoing
 * more than a short excerpt of a string.
 */

/** One way to show a bad value in a message: its kind, and a short excerpt of text. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    if (value === "") return "an empty string";
    if (value.trim() === "") return "a blank string";
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === "object") {
    const name = value.constructor?.name;
    return name && name !== "Object" ? `an instance of ${name}` : "an object";
  }
  return `${typeof value} ${String(value)}`;
}

/**
 * An id of the API: a non-blank string (an empty one would turn `/v1/workflows/{id}` into
 * another route). `what` names it in the message ("workflowId", "conversation id").
 */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      "invalid_id",
      `The ${what} must be a non-empty string, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** A name or other required text: a string with something besides whitespace. */
export function requireText(
  value: unknown,
  what: string,
  code: NoxusInputErrorCode = "invalid_name",
): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      code,
      `The ${what} must be a non-empty string, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** Optional text: absent (undefined/null) or a string. */
export function optionalText(value: unknown, what: string): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== "string") {
    throw new NoxusInputError(
      "invalid_option",
      `The ${what} must be a string, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** An options/input argument must be an object (a common slip is passing the id twice). */
export function requireObject<T extends object>(value: T | undefined | null, what: string): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NoxusInputError(
      "invalid_option",
      `The ${what} must be an object, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** The page size of a list: absent (the largest page, 100), or an integer from 1 to 100. */
export function checkPageSize(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100)) {
    throw new NoxusInputError(
      "invalid_page_size",
      `pageSize must be an integer from 1 to 100, got ${describeValue(value)}.`,
    );
  }
  return value as number;
}

/** A duration in milliseconds: absent (then `fallback`), or a finite number ≥ `min`. */
export function checkDuration(value: unknown, name: string, min: number): number | undefined;
export function checkDuration(value: unknown, name: string, min: number, fallback: number): number;
export function checkDuration(
  value: unknown,
  name: string,
  min: number,
  fallback?: number,
): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new NoxusInputError(
      "invalid_option",
      `${name} must be a finite number of milliseconds ≥ ${min}, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** How many items to take at most: absent or Infinity (no limit), or an integer ≥ 0. */
export function checkLimit(value: unknown, name = "limit"): number {
  if (value === undefined || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new NoxusInputError(
      "invalid_option",
      `${name} must be a whole number ≥ 0, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/** A positive integer option, or its default. */
export function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new NoxusInputError(
      "invalid_option",
      `${name} must be a positive integer, got ${describeValue(value)}.`,
    );
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
