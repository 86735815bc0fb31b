import { describe, expect, it } from "vitest";
import {
  errorDetail,
  NoxusAbortError,
  NoxusConfigError,
  NoxusConnectionError,
  NoxusError,
  NoxusTimeoutError,
} from "../src/index.js";

describe("NoxusError", () => {
  it("carries code, hint and retryable apart from the message", () => {
    const cause = new Error("disk full");
    const error = new NoxusError("Could not save.", {
      code: "save_failed",
      hint: "Free some space.",
      cause,
      retryable: true,
    });
    expect(error).toMatchObject({
      message: "Could not save.",
      code: "save_failed",
      hint: "Free some space.",
      retryable: true,
      cause,
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NoxusError",
      code: "save_failed",
      message: "Could not save.",
      hint: "Free some space.",
      retryable: true,
    });
  });

  it("defaults to code error, no hint, not retryable, and still takes { cause } alone", () => {
    const cause = new Error("x");
    const error = new NoxusError("Failed.", { cause });
    expect(error).toMatchObject({ code: "error", hint: undefined, retryable: false, cause });
    expect(Object.hasOwn(new NoxusError("Failed."), "cause")).toBe(false);
  });

  it.each([
    [
      new NoxusConnectionError("GET", "/v1/nodes", new Error("ECONNREFUSED")),
      "connection_failed",
      true,
    ],
    [new NoxusTimeoutError("GET", "/v1/nodes", 200), "timeout", true],
    [new NoxusAbortError("GET", "/v1/nodes"), "aborted", false],
    [new NoxusConfigError("bad"), "invalid_config", false],
  ])("gives %s its own code, with any hint outside the message", (error, code, retryable) => {
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.message).not.toMatch(/hint/i);
  });

  it("lets a timeout subclass say more without hiding the hint in the message", () => {
    const error = new NoxusTimeoutError("GET", "/v1/x", 5, {
      message: "Still busy.",
      hint: "Wait.",
    });
    expect(error).toMatchObject({ message: "Still busy.", hint: "Wait.", timeoutMs: 5 });
  });
});

describe("errorDetail", () => {
  const issue = { loc: ["body", "name"], msg: "Field required", type: "missing" };

  it.each([
    [{ detail: "Workflow not found" }, { kind: "message", message: "Workflow not found" }],
    ["Workflow not found", { kind: "message", message: "Workflow not found" }],
    [{ detail: [issue] }, { kind: "issues", issues: [issue] }],
    [[issue], { kind: "issues", issues: [issue] }],
    [{ detail: [] }, { kind: "none" }],
    [{ detail: 42 }, { kind: "none" }],
    [null, { kind: "none" }],
    [undefined, { kind: "none" }],
  ])("narrows %j", (input, expected) => {
    expect(errorDetail(input)).toEqual(expected);
  });
});
