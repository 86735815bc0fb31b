import { NoxusInputError, type NoxusInputErrorCode } from "../../errors.js";

/**
 * Argument checks shared by conversations, agents and admin. They run before anything is
 * sent, so a typo never reaches the server as a confusing 404 or 422.
 */

/** An id of the API: a non-empty string. `what` names it in the message ("conversation id"). */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      "invalid_id",
      `The ${what} must be a non-empty string, got ${describe(value)}.`,
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
      `The ${what} must be a non-empty string, got ${describe(value)}.`,
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
      `The ${what} must be a string, got ${describe(value)}.`,
    );
  }
  return value;
}

/** An options/input argument must be an object (a common slip is passing the id twice). */
export function requireObject<T extends object>(value: T | undefined | null, what: string): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new NoxusInputError(
      "invalid_option",
      `The ${what} must be an object, got ${describe(value)}.`,
    );
  }
  return value;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value === "" ? "an empty string" : JSON.stringify(value);
  return typeof value;
}
