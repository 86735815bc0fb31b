/** The built app: files as they are, index.html for client-side routes, JSON 404 under /api. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Bed, startBed } from "./helpers.js";

let bed: Bed;
beforeAll(async () => {
  bed = await startBed();
});
afterAll(() => bed.close());

it("serves index.html at / and for client-side routes, never cached", async () => {
  for (const path of ["/", "/workflows/wf_123", "/knowledge-bases?page=2"]) {
    const response = await fetch(bed.origin + path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("fixture app");
  }
});

it("serves hashed assets cacheable for good, and 404 for a missing one", async () => {
  const asset = await fetch(`${bed.origin}/assets/app-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get("cache-control")).toMatch(/immutable/);
  expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
  expect((await fetch(`${bed.origin}/assets/missing-000.js`)).status).toBe(404);
});

it("answers an unknown console endpoint with 404 JSON", async () => {
  const response = await fetch(`${bed.origin}/api/console/nothing`);
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ code: "not_found" });
});
