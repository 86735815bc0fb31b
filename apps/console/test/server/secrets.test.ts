/**
 * The key stays on the server: no response (headers or body) and no log line the console
 * writes contains it, whatever the outcome of the request.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Bed, demoKey, startBed } from "./helpers.js";

let bed: Bed;
beforeAll(async () => {
  bed = await startBed();
});
afterAll(() => bed.close());

async function everything(response: Response): Promise<string> {
  return `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;
}

it("appears in no response and no log line, for successes and every kind of refusal", async () => {
  const key = demoKey(bed);
  const seen: string[] = [];
  const json = { "content-type": "application/json" };
  const calls: Array<[string, RequestInit?]> = [
    ["/api/console/session"],
    ["/api/noxus/v1/workflows"],
    ["/api/noxus/v1/runs"],
    ["/api/noxus/v1/workflows/missing"],
    ["/api/noxus/v1/workflows?size=0"],
    ["/api/noxus/v1/admin/me"],
    ["/api/noxus/v1/admin/groups", { method: "POST", headers: json, body: "{}" }],
    ["/api/noxus/v1/not-an-endpoint"],
    ["/api/noxus/v1/knowledge-bases", { method: "POST", headers: json, body: "{" }],
    ["/api/console/workspace", { method: "POST", headers: json, body: '{"profile":"nope"}' }],
    ["/"],
    ["/workflows/x"],
  ];
  for (const [path, init] of calls) seen.push(await everything(await bed.fromApp(path, init)));
  // Without the console header, and cross-site.
  seen.push(
    await everything(
      await fetch(`${bed.origin}/api/noxus/v1/knowledge-bases`, {
        method: "POST",
        headers: json,
        body: "{}",
      }),
    ),
  );
  for (const text of [...seen, ...bed.logs]) expect(text).not.toContain(key);
  expect(bed.logs.length).toBeGreaterThanOrEqual(calls.length);
  // The session shows it masked: the first characters and an ellipsis only.
  expect(seen[0]).toMatch(/"maskedKey":"[^"]{3,12}…"/);
});
