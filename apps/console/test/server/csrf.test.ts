/**
 * Cross-site request forgery and DNS rebinding: a state-changing call must come from the
 * console's own origin AND carry the console header; a loopback console answers only to
 * loopback host names.
 */
import { request } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CONSOLE_HEADER, type ConsoleErrorBody } from "../../src/shared/protocol.js";
import { type Bed, startBed } from "./helpers.js";

let bed: Bed;
beforeAll(async () => {
  bed = await startBed();
});
afterAll(() => bed.close());

const createKb = (headers: Record<string, string>) =>
  fetch(`${bed.origin}/api/noxus/v1/knowledge-bases`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ name: "csrf-probe", kb_type: "entity" }),
  });

async function expectCsrf(response: Response): Promise<void> {
  expect(response.status).toBe(403);
  expect(((await response.json()) as ConsoleErrorBody).code).toBe("csrf_rejected");
}

it("accepts a same-origin POST that carries the console header", async () => {
  const response = await createKb({ origin: bed.origin, [CONSOLE_HEADER]: "1" });
  expect(response.status).toBe(200);
  const viaFetchMetadata = await createKb({
    "sec-fetch-site": "same-origin",
    [CONSOLE_HEADER]: "1",
  });
  expect(viaFetchMetadata.status).toBe(200);
});

it("refuses a same-origin POST without the console header", async () => {
  await expectCsrf(await createKb({ origin: bed.origin }));
  await expectCsrf(await createKb({ origin: bed.origin, [CONSOLE_HEADER]: "yes" }));
});

it("refuses a cross-origin POST even with the header", async () => {
  await expectCsrf(await createKb({ origin: "http://evil.example", [CONSOLE_HEADER]: "1" }));
  await expectCsrf(
    await createKb({ "sec-fetch-site": "cross-site", origin: bed.origin, [CONSOLE_HEADER]: "1" }),
  );
  await expectCsrf(await createKb({ origin: "null", [CONSOLE_HEADER]: "1" }));
});

it("refuses a POST that proves no origin at all", async () => {
  await expectCsrf(await createKb({ [CONSOLE_HEADER]: "1" }));
});

it("refuses the console's own endpoints cross-site too", async () => {
  const response = await fetch(`${bed.origin}/api/console/workspace`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: "http://evil.example",
      [CONSOLE_HEADER]: "1",
    },
    body: JSON.stringify({ profile: "x" }),
  });
  await expectCsrf(response);
});

it("lets GETs through without the header (they change nothing; browsers keep cross-site answers from pages)", async () => {
  const response = await fetch(`${bed.origin}/api/noxus/v1/knowledge-bases`);
  expect(response.status).toBe(200);
});

/** A GET with a Host header of our choosing (fetch cannot set Host; a rebinding browser effectively does). */
function statusWithHost(host: string): Promise<number> {
  const url = new URL(bed.origin);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: "/api/console/session", headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

it("answers only to loopback host names (DNS rebinding)", async () => {
  const port = new URL(bed.origin).port;
  expect(await statusWithHost(`evil.example:${port}`)).toBe(403);
  expect(await statusWithHost(`127.0.0.1.evil.example:${port}`)).toBe(403);
  expect(await statusWithHost(`localhost:${port}`)).toBe(200);
  expect(await statusWithHost(`127.0.0.1:${port}`)).toBe(200);
});
