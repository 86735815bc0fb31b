import { describe, expect, it } from "vitest";
import { abortable, defined, linkSignal, normalizeBaseUrl, sleep } from "../src/internal.js";

/** An AbortSignal that counts the abort listeners currently attached to it. */
function countingSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  let listeners = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    listeners += 1;
    add(...args);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    listeners -= 1;
    remove(...args);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listeners: () => listeners };
}

describe("sleep", () => {
  it("removes its abort listener when the timer fires", async () => {
    const { signal, listeners } = countingSignal();
    for (let i = 0; i < 20; i++) await sleep(1, signal);
    expect(listeners()).toBe(0);
  });

  it("rejects with the signal's reason, at once when already aborted", async () => {
    const { controller, signal } = countingSignal();
    const pending = sleep(60_000, signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    await expect(sleep(60_000, signal)).rejects.toThrow("stop");
  });
});

describe("linkSignal", () => {
  it("follows the parent until unlinked, and leaves no listener behind", () => {
    const parent = countingSignal();
    const linked = linkSignal(parent.signal);
    expect(parent.listeners()).toBe(1);
    linked.unlink();
    expect(parent.listeners()).toBe(0);
    parent.controller.abort("bye");
    expect(linked.signal.aborted).toBe(false);

    const again = linkSignal(countingSignal().signal);
    again.abort("mine");
    expect(again.signal.reason).toBe("mine");
  });

  it("is aborted from the start when the parent already is", () => {
    expect(linkSignal(AbortSignal.abort("early")).signal.reason).toBe("early");
  });
});

describe("abortable", () => {
  it("rejects with the caller's error on abort, and detaches once the promise settles", async () => {
    const parent = countingSignal();
    await expect(abortable(Promise.resolve(1), parent.signal, () => new Error("x"))).resolves.toBe(
      1,
    );
    expect(parent.listeners()).toBe(0);
    const never = new Promise<never>(() => {});
    const pending = abortable(never, parent.signal, (reason) => new Error(`aborted: ${reason}`));
    parent.controller.abort("stop");
    await expect(pending).rejects.toThrow("aborted: stop");
  });
});

describe("normalizeBaseUrl", () => {
  it("names where the URL came from, with a code and the fix in the hint", () => {
    expect(() => normalizeBaseUrl("nope", "NOXUS_BACKEND_URL")).toThrow(
      expect.objectContaining({
        code: "invalid_base_url",
        message: expect.stringMatching(/^NOXUS_BACKEND_URL must be an absolute URL/),
        hint: expect.stringContaining("http://127.0.0.1:8484"),
      }),
    );
    expect(normalizeBaseUrl("http://127.0.0.1:8484//")).toBe("http://127.0.0.1:8484");
  });
});

describe("defined", () => {
  it("drops undefined entries and keeps null (which clears a field)", () => {
    expect(defined({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
    expect(Object.keys(defined({ a: undefined }))).toEqual([]);
  });
});
