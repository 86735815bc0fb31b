import { NoxusInputError } from "../../errors.js";
import { describeValue, isPlainObject } from "../../internal/validate.js";
import type { RunInput } from "./types.js";

/** The API takes `input` as a JSON object; arrays, class instances and primitives are refused. */
export function assertRunInput(value: unknown, where = "input"): asserts value is RunInput {
  if (!isPlainObject(value)) {
    throw new NoxusInputError(
      "invalid_input",
      `${where} must be a plain object of input values keyed by InputNode label, node id or "<node_id>::input" (e.g. { Topic: "cats" }), got ${describeValue(value)}.`,
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
      `callbackUrl must be an absolute http:// or https:// URL, got ${describeValue(value)}.`,
    );
  }
}
