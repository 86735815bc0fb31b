import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startRecordingServer } from "./helpers/recording-server.js";

// These run the *built* package (dist/, through package.json "exports") in a separate
// Node process: the CJS interop bug of reference/toolchain.md §3 only shows up there.
const run = promisify(execFile);
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const server = await startRecordingServer((request) =>
  request.url === "/v1/nodes"
    ? { body: [{ type: "InputNode" }] }
    : request.url.startsWith("/v1/runs/")
      ? { status: 404, body: { detail: "Run not found" } }
      : { status: 401, body: { detail: "no" } },
);
afterAll(() => server.close());

describe.each(["consumer.mjs", "consumer.cjs"])("the built package loaded by %s", (fixture) => {
  it("creates a working client", async () => {
    const { stdout } = await run(
      process.execPath,
      [new URL(`./fixtures/${fixture}`, import.meta.url).pathname, server.url],
      {
        cwd: new URL("..", import.meta.url).pathname,
      },
    );
    expect(JSON.parse(stdout)).toEqual({
      format: fixture.endsWith(".mjs") ? "esm" : "cjs",
      version,
      data: [{ type: "InputNode" }],
      error: 401,
      sseError: true,
    });
  });
});

describe.each(["consumer-node.mjs", "consumer-node.cjs"])(
  "the built /node entry loaded by %s",
  (fixture) => {
    it("creates a client that sends through undici", async () => {
      const { stdout } = await run(
        process.execPath,
        [new URL(`./fixtures/${fixture}`, import.meta.url).pathname, server.url],
        { cwd: new URL("..", import.meta.url).pathname },
      );
      expect(JSON.parse(stdout)).toEqual({
        format: fixture.endsWith(".mjs") ? "esm" : "cjs",
        undici: true,
        data: [{ type: "InputNode" }],
        error: 401,
      });
    });
  },
);
