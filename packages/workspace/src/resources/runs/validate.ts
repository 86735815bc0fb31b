import { NoxusInputError } from "../../errors.js";
import type { RunInput } from "./types.js";

/** Ids are opaque strings to the SDK; only an empty or non-string one is refused locally. */
export function assertId(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoxusInputError(
      "invalid_id",
      `${what} must be a non-empty string, got ${describe(value)}.`,
    );
  }
}

/** The API takes `input` as a JSON object; arrays, class instances and primitives are refused. */
export function assertRunInput(value: unknown, where = "input"): asserts value is RunInput {
  if (!isPlainObject(value)) {
    throw new NoxusInputError(
      "invalid_input",
      `${where} must be a plain object of input values keyed by InputNode label, node id or "<node_id>::input" (e.g. { Topic: "cats" }), got ${describe(value)}.`,
    );
  }
}

export function assertCallbackUrl(value: unknown): asserts value is string {
  let ok = false;
  if (typeof value === "string") {
    try {
      const url = new URL(value);
      ok = url.protocol === "http:" || url.protocol === "https:";
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    throw new NoxusInputError(
      "invalid_callback_url",
      `callbackUrl must be an absolute http:// or https:// URL, got ${describe(value)}.`,
    );
  }
}

/** A duration option: absent, or a finite number ≥ `min`. */
export function assertDuration(value: unknown, name: string, min: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new NoxusInputError(
      "invalid_option",
      `${name} must be a finite number of milliseconds ≥ ${min}, got ${describe(value)}.`,
    );
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return `an instance of ${value.constructor?.name ?? "an object"}`;
  return `${typeof value} ${String(value)}`;
}
