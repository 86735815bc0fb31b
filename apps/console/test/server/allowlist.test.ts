/**
 * The forwarder passes only the operations the console uses (by operationId, from the spec),
 * adds the key itself, refuses everything else with 403 JSON, and admin operations unless
 * started with --allow-admin.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleErrorBody } from "../../src/shared/protocol.js";
import { type Bed, startBed } from "./helpers.js";

let bed: Bed;
beforeAll(async () => {
  bed = await startBed();
});
afterAll(() => bed.close());

describe("an allowlisted operation", () => {
  it("is forwarded with the server's key, the browser sending none", async () => {
    const response = await bed.fromApp("/api/noxus/v1/workflows?size=10");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ name: string }> };
    expect(body.items.map((workflow) => workflow.name)).toContain("Summarise");
    expect(bed.logs).toContainEqual(expect.stringMatching(/^GET listWorkflows 200 \d+ms$/));
  });

  it("passes the backend's own errors through unchanged (404, 422)", async () => {
    const missing = await bed.fromApp("/api/noxus/v1/workflows/does-not-exist");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty("detail");
    const invalid = await bed.fromApp("/api/noxus/v1/workflows?size=1000");
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { detail: unknown[] }).detail[0]).toHaveProperty("loc");
  });
});

describe("anything else", () => {
  it("answers 403 JSON for an operation the console does not use, and does not forward it", async () => {
    const list = (await (await bed.fromApp("/api/noxus/v1/workflows")).json()) as {
      items: Array<{ id: string }>;
    };
    const id = list.items[0]?.id;
    const response = await bed.fromApp(`/api/noxus/v1/workflows/${id}`, { method: "DELETE" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await response.json()) as ConsoleErrorBody).code).toBe("operation_not_allowed");
    expect((await bed.fromApp(`/api/noxus/v1/workflows/${id}`)).status).toBe(200);
  });

  it("answers 403 for a path that is not in the spec at all", async () => {
    const response = await bed.fromApp("/api/noxus/v1/not-an-endpoint");
    expect(response.status).toBe(403);
    expect(((await response.json()) as ConsoleErrorBody).code).toBe("operation_not_allowed");
  });

  it("refuses dot segments and encoded slashes that would resolve to another operation", async () => {
    // Sent raw (fetch would normalise them): each matches an allowed route by its shape.
    const url = new URL(bed.origin);
    for (const path of [
      "/api/noxus/v1/workflows/../runs/x",
      "/api/noxus/v1/workflows/..%2Fadmin%2Fgroups",
      "/api/noxus/v1/workflows/%2e%2e/runs/x",
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status, path).toBe(403);
    }
  });

  it("refuses admin operations without --allow-admin", async () => {
    const response = await bed.fromApp("/api/noxus/v1/admin/groups");
    expect(response.status).toBe(403);
    const body = (await response.json()) as ConsoleErrorBody;
    expect(body.code).toBe("admin_not_allowed");
    expect(body.hint).toMatch(/--allow-admin/);
  });
});

it("forwards admin operations when started with --allow-admin", async () => {
  const admin = await startBed((local) => ({ allowAdmin: true, apiKey: local.adminKey }));
  try {
    const groups = await admin.fromApp("/api/noxus/v1/admin/groups");
    expect(groups.status).toBe(200);
    const names = ((await groups.json()) as Array<{ name: string }>).map((group) => group.name);
    expect(names).toContain("Demo");
    expect(admin.logs).toContainEqual(expect.stringMatching(/^GET listWorkspaces 200 \d+ms$/));
  } finally {
    await admin.close();
  }
});
