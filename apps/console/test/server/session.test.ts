/**
 * GET /api/console/session and POST /api/console/workspace: which workspace the console acts
 * in, the saved profiles for a switcher, and that a switch sends later calls to the chosen
 * profile's workspace with its key. Without any key, the console still starts and says how
 * to log in.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveProfile } from "@noxus/auth/node";
import { createNoxusClient } from "@noxus/client";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ConsoleErrorBody, ConsoleSession } from "../../src/shared/protocol.js";
import { type Bed, demoKey, startBed } from "./helpers.js";

let bed: Bed;
let otherKey: string;
const configDir = mkdtempSync(join(tmpdir(), "noxus-console-profiles-"));

beforeAll(async () => {
  bed = await startBed((local) => {
    // Runs before the console starts: two saved profiles, one per workspace.
    saveProfile(
      "demo",
      { apiKey: local.demo?.apiKey ?? "", baseUrl: local.url, workspaceName: "Demo" },
      { configDir },
    );
    return { apiKey: undefined, baseUrl: undefined, profile: "demo", env: {}, configDir };
  });
  const admin = createNoxusClient({
    baseUrl: bed.local.url,
    auth: { apiKey: bed.local.adminKey },
    throwOnError: true,
  });
  const { data: group } = await admin.POST("/v1/admin/groups", { body: { name: "Staging" } });
  const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
    params: { path: { group_id: group.id } },
    body: { name: "console-test" },
  });
  otherKey = key.value ?? "";
  saveProfile(
    "staging",
    { apiKey: otherKey, baseUrl: bed.local.url, workspaceId: group.id },
    { configDir },
  );
});
afterAll(() => bed.close());

const session = async () =>
  (await (await bed.fromApp("/api/console/session")).json()) as ConsoleSession;
const kbNames = async () =>
  (
    (await (await bed.fromApp("/api/noxus/v1/knowledge-bases")).json()) as {
      items: Array<{ name: string }>;
    }
  ).items.map((kb) => kb.name);

it("describes the active workspace, its key masked, and the saved profiles", async () => {
  const current = await session();
  expect(current).toMatchObject({
    configured: true,
    source: "profile",
    profile: "demo",
    workspaceName: "Demo",
    baseUrl: bed.local.url,
    tenantAdmin: false,
    allowAdmin: false,
    hint: null,
  });
  expect(current.workspaceId).toBe(bed.local.demo?.workspaceId);
  expect(current.maskedKey).toMatch(/…$/);
  expect(current.profiles.map((profile) => [profile.name, profile.active])).toEqual([
    ["demo", true],
    ["staging", false],
  ]);
  expect(JSON.stringify(current)).not.toContain(demoKey(bed));
  expect(JSON.stringify(current)).not.toContain(otherKey);
});

it("switches workspace: later calls go to the chosen profile's workspace with its key", async () => {
  expect(await kbNames()).toContain("Handbook");
  const response = await bed.fromApp("/api/console/workspace", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ profile: "staging" }),
  });
  expect(response.status).toBe(200);
  const switched = (await response.json()) as ConsoleSession;
  expect(switched).toMatchObject({ profile: "staging", workspaceName: "Staging" });
  expect(switched.profiles.find((profile) => profile.active)?.name).toBe("staging");
  expect(await kbNames()).not.toContain("Handbook");
  expect(JSON.stringify(switched)).not.toContain(otherKey);
});

it("answers 404 for a profile that is not saved, and 400 for a body without one", async () => {
  const unknown = await bed.fromApp("/api/console/workspace", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ profile: "nope" }),
  });
  expect(unknown.status).toBe(404);
  const body = (await unknown.json()) as ConsoleErrorBody;
  expect(body.code).toBe("unknown_profile");
  expect(body.detail).toMatch(/demo, staging/);
  const empty = await bed.fromApp("/api/console/workspace", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  expect(empty.status).toBe(400);
});

it("starts without any key, says how to log in, and answers API calls with 503 no_workspace", async () => {
  const empty = await startBed({ apiKey: undefined, baseUrl: undefined });
  try {
    const current = (await (await empty.fromApp("/api/console/session")).json()) as ConsoleSession;
    expect(current).toMatchObject({ configured: false, maskedKey: null, profiles: [] });
    expect(current.hint).toMatch(/noxus login/);
    const api = await empty.fromApp("/api/noxus/v1/workflows");
    expect(api.status).toBe(503);
    expect(((await api.json()) as ConsoleErrorBody).code).toBe("no_workspace");
  } finally {
    await empty.close();
  }
});
