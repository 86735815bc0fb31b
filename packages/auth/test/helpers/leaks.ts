import { inspect } from "node:util";
import { expect } from "vitest";

/** A realistic key (the shape @noxus/local mints) whose every part is easy to search for. */
export const SECRET = "nxl_SeCrEtKeyDoNotLeak0123456789abcdefghijk";
/** What may be shown of SECRET: the masked form. */
export const MASKED = "nxl_SeC…";

/**
 * Every way a value becomes text in a log line or a report. The key must appear in none of
 * them, not even without its shown prefix (the tail after the first 7 characters).
 */
export function renderings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {
    string: String(value),
    template: `${value}`,
    json: JSON.stringify(value) ?? "",
    inspect: inspect(value),
    inspectDeep: inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspectRaw: inspect(value, {
      depth: Number.POSITIVE_INFINITY,
      showHidden: true,
      customInspect: false,
    }),
    inspectGetters: inspect(value, { depth: Number.POSITIVE_INFINITY, getters: true }),
  };
  if (value instanceof Error) {
    out.message = value.message;
    out.stack = value.stack ?? "";
    out.cause = inspect(value.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true });
  }
  return out;
}

export function expectNoLeak(value: unknown, secret = SECRET): void {
  const tail = secret.slice(7);
  for (const [how, text] of Object.entries(renderings(value))) {
    expect(text.includes(secret), `${how} shows the key: ${text}`).toBe(false);
    expect(text.includes(tail), `${how} shows the key's tail: ${text}`).toBe(false);
  }
}

/** Runs fn and returns what it threw (failing the test when it did not throw). */
export function catchError<E = import("../../src/index.js").NoxusCredentialsError>(
  fn: () => unknown,
): E {
  try {
    fn();
  } catch (error) {
    return error as E;
  }
  throw new Error("expected the call to throw");
}

export async function catchAsync<E = Error>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error("expected the promise to reject");
}
