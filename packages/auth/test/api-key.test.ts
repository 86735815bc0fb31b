import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ApiKey, NoxusCredentialsError } from "../src/index.js";
import { catchError, expectNoLeak, MASKED, SECRET } from "./helpers/leaks.js";

describe("ApiKey", () => {
  it("keeps the secret behind reveal()", () => {
    const key = ApiKey.from(SECRET);
    expect(key.reveal()).toBe(SECRET);
    expect(Object.keys(key)).toEqual([]);
    expect({ ...key }).toEqual({});
    expect(Object.isFrozen(key)).toBe(true);
  });

  it("prints a short prefix only", () => {
    const key = ApiKey.from(SECRET);
    expect(String(key)).toBe(MASKED);
    expect(`${key}`).toBe(MASKED);
    expect(key.masked).toBe(MASKED);
    expect(JSON.stringify({ key })).toBe(`{"key":"${MASKED}"}`);
    expect(inspect(key)).toBe(`ApiKey(${MASKED})`);
    expect(inspect({ nested: { key } }, { depth: 5 })).toContain(MASKED);
    expectNoLeak(key);
    expectNoLeak({ deep: [{ key }] });
    expectNoLeak(new Map([["k", key]]));
  });

  it("shows nothing of short keys", () => {
    const key = ApiKey.from("short-key-123");
    expect(String(key)).toBe("…");
    expect(JSON.stringify(key)).toBe('"…"');
    expect(inspect(key)).toBe("ApiKey(…)");
  });

  it("passes an ApiKey through and compares by value", () => {
    const key = ApiKey.from(SECRET);
    expect(ApiKey.from(key)).toBe(key);
    expect(key.equals(ApiKey.from(SECRET))).toBe(true);
    expect(key.equals(SECRET)).toBe(true);
    expect(key.equals(`${SECRET}x`)).toBe(false);
    expect(key.equals(SECRET.replace("S", "s"))).toBe(false);
    expect(key.equals("")).toBe(false);
  });

  it.each([
    ["", "empty_key", /is empty.*Settings > Organization > Workspaces > API Keys/],
    [` ${SECRET}`, "invalid_key", /whitespace or control characters; copy it again/],
    [`${SECRET}\n`, "invalid_key", /whitespace or control characters/],
    [`${SECRET.slice(0, 10)} ${SECRET.slice(10)}`, "invalid_key", /whitespace/],
    [`${SECRET}\u0000`, "invalid_key", /control characters/],
    [`${SECRET}é`, "invalid_key", /whitespace or control characters/],
  ])("rejects %j with %s and never echoes it", (raw, code, message) => {
    const error = catchError(() => ApiKey.from(raw));
    expect(error).toBeInstanceOf(NoxusCredentialsError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expectNoLeak(error);
  });

  it("rejects non-strings", () => {
    for (const raw of [undefined, null, 42, {}]) {
      const error = catchError(() => ApiKey.from(raw as never));
      expect(error.code).toBe("invalid_key");
      expect(error.message).toMatch(/must be a string/);
    }
  });
});
