import { NoxusCredentialsError } from "@noxus/auth";
import { NoxusAuthenticationError } from "@noxus/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Paginated, Workspace } from "../src/node.js";
import { startTestBed, type TestBed } from "./helpers/server.js";

let bed: TestBed;
beforeAll(async () => {
  bed = await startTestBed();
});
afterAll(() => bed.close());

describe("Workspace.connect", () => {
  it("opens the key's workspace and says who it is", async () => {
    const ws = await bed.workspace("connect-me");
    expect(ws.name).toBe("connect-me");
    expect(ws.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ws.isTenantAdmin).toBe(false);
    expect(ws.admin).toBeUndefined();
    expect(JSON.stringify(ws)).not.toContain(ws.apiKey);
    const admin = await bed.admin();
    expect(admin.isTenantAdmin).toBe(true);
    expect(admin.admin).toBeDefined();
  });

  it("reads NOXUS_API_KEY and lets NOXUS_BACKEND_URL win, as the Python SDK does", async () => {
    const ws = await Workspace.connect({
      baseUrl: "http://127.0.0.1:1",
      env: { NOXUS_API_KEY: bed.server.adminKey, NOXUS_BACKEND_URL: bed.server.url },
    });
    expect(ws.isTenantAdmin).toBe(true);
  });

  it("rejects a key the server does not know, and no key at all, with typed errors", async () => {
    await expect(
      Workspace.connect({ apiKey: "nxl_unknown-key-0000000000", baseUrl: bed.server.url, env: {} }),
    ).rejects.toBeInstanceOf(NoxusAuthenticationError);
    await expect(
      Workspace.connect({ env: {}, configDir: "/nonexistent-noxus-config" }),
    ).rejects.toBeInstanceOf(NoxusCredentialsError);
  });
});

describe("Paginated", () => {
  it("walks every page lazily and stops on a short one", async () => {
    const requested: number[] = [];
    const list = new Paginated<number>(
      async ({ page, size }) => {
        requested.push(page);
        const all = Array.from({ length: 7 }, (_, i) => i);
        const items = all.slice((page - 1) * size, page * size);
        return { items, total: all.length, page, size, pages: Math.ceil(all.length / size) };
      },
      { pageSize: 3 },
    );
    expect(await list.toArray()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(requested).toEqual([1, 2, 3]);
    requested.length = 0;
    expect(await list.toArray({ limit: 2 })).toEqual([0, 1]);
    expect(requested).toEqual([1]);
  });
});
