import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

let bed: CliBed;
beforeAll(async () => {
  bed = await startCliBed();
});
afterAll(() => bed.close());

const newConfigDir = () => mkdtempSync(join(tmpdir(), "noxus-login-"));
const credentials = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "credentials.json"), "utf8")) as {
    current?: string;
    profiles: Record<string, { api_key: string; base_url: string; workspace_id?: string }>;
  };

interface LoginResult {
  profile: string;
  base_url: string;
  workspace_id: string;
  workspace_name: string;
  key_name: string;
  api_key: string;
  current: boolean;
}

interface ProfileRow {
  name: string;
  current: boolean;
  base_url: string;
  workspace_id: string | null;
  workspace_name: string | null;
  api_key: string;
}

describe("noxus login", () => {
  it("reads the key from stdin, checks it, saves a 0600 profile and never prints the key", async () => {
    const ws = await bed.workspace("login-stdin");
    const configDir = newConfigDir();
    const result = await runNoxus(["login", "--profile", "work", "--json"], {
      env: { NOXUS_BACKEND_URL: bed.server.url },
      input: `${ws.key}\n`,
      configDir,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const saved = result.json<LoginResult>();
    expect(saved).toMatchObject({
      profile: "work",
      base_url: bed.server.url,
      workspace_id: ws.id,
      workspace_name: "login-stdin",
      key_name: "cli-test",
      current: true,
    });
    expect(saved.api_key).toBe(`${ws.key.slice(0, 7)}…`);
    expect(result.stdout + result.stderr).not.toContain(ws.key);

    const file = join(configDir, "credentials.json");
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = credentials(configDir);
    expect(stored.current).toBe("work");
    expect(stored.profiles.work).toMatchObject({
      api_key: ws.key,
      base_url: bed.server.url,
      workspace_id: ws.id,
    });

    // The saved profile now works without NOXUS_API_KEY (nor NOXUS_BACKEND_URL).
    const byName = await runNoxus(["whoami", "--profile", "work", "--json"], { configDir });
    expect(byName.code).toBe(0);
    expect(byName.json()).toMatchObject({ workspace_id: ws.id, base_url: bed.server.url });
    const current = await runNoxus(["whoami", "--json"], { configDir });
    expect(current.code).toBe(0);
    expect(current.json()).toMatchObject({ workspace_id: ws.id, workspace_name: "login-stdin" });
  });

  it("human output names the workspace and shows only the masked key", async () => {
    const ws = await bed.workspace("login-human");
    const configDir = newConfigDir();
    // --base-url instead of NOXUS_BACKEND_URL; the profile name defaults to "default".
    const result = await runNoxus(["login", "--base-url", bed.server.url], {
      input: ws.key,
      configDir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Logged in to login-human as profile "default"/);
    expect(result.stdout).toMatch(/key\s+cli-test \(nxl_/);
    expect(result.stdout + result.stderr).not.toContain(ws.key);
    expect(credentials(configDir).profiles.default?.base_url).toBe(bed.server.url);
  });

  it("exits 3 for a bad key and saves nothing", async () => {
    const configDir = newConfigDir();
    const badKey = "nxl_not-a-real-key-123456789";
    const result = await runNoxus(["login", "--profile", "bad"], {
      env: { NOXUS_BACKEND_URL: bed.server.url },
      input: badKey,
      configDir,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: .*401/m);
    expect(result.stdout + result.stderr).not.toContain(badKey);
    expect(existsSync(join(configDir, "credentials.json"))).toBe(false);
  });

  it("exits 2 without a key on stdin, or with an invalid profile name", async () => {
    const configDir = newConfigDir();
    const empty = await runNoxus(["login"], {
      env: { NOXUS_BACKEND_URL: bed.server.url },
      input: "  \n",
      configDir,
    });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/No API key given on stdin/);
    const badName = await runNoxus(["login", "--profile", "no/slash"], { input: "k", configDir });
    expect(badName.code).toBe(2);
    expect(badName.stderr).toMatch(/"no\/slash" is not a valid profile name/);
    expect(existsSync(join(configDir, "credentials.json"))).toBe(false);
  });
});

describe("noxus profiles", () => {
  it("lists, switches and removes profiles (--json and tables)", async () => {
    const [a, b] = [await bed.workspace("profiles-a"), await bed.workspace("profiles-b")];
    const configDir = newConfigDir();
    const env = { NOXUS_BACKEND_URL: bed.server.url };
    for (const [name, ws] of [
      ["alpha", a],
      ["beta", b],
    ] as const) {
      const login = await runNoxus(["login", "--profile", name], { env, input: ws.key, configDir });
      expect(login.code).toBe(0);
    }

    const list = async () => {
      const result = await runNoxus(["profiles", "list", "--json"], { configDir });
      expect(result.code).toBe(0);
      return result.json<ProfileRow[]>();
    };
    let rows = await list();
    expect(rows.map((row) => [row.name, row.current, row.workspace_name])).toEqual([
      ["alpha", false, "profiles-a"],
      ["beta", true, "profiles-b"], // the last login is current
    ]);
    expect(rows[0]?.api_key).toBe(`${a.key.slice(0, 7)}…`);
    expect(JSON.stringify(rows)).not.toContain(a.key);

    const human = await runNoxus(["profiles", "list"], { configDir });
    expect(human.stdout).toMatch(/^\*\s+beta\s+http:\/\/127\.0\.0\.1:\d+\s+profiles-b/m);
    expect(human.stdout).toMatch(/^\s*alpha\s/m);
    expect(human.stdout).not.toContain(b.key);

    const use = await runNoxus(["profiles", "use", "alpha", "--json"], { configDir });
    expect(use.json()).toEqual({ profile: "alpha", current: true });
    rows = await list();
    expect(rows.find((row) => row.current)?.name).toBe("alpha");
    const whoami = await runNoxus(["whoami", "--json"], { configDir });
    expect(whoami.json()).toMatchObject({ workspace_id: a.id });

    const removed = await runNoxus(["profiles", "remove", "alpha", "--json"], { configDir });
    expect(removed.code).toBe(0);
    expect(removed.json()).toEqual({ removed: "alpha", was_current: true });
    rows = await list();
    expect(rows.map((row) => [row.name, row.current])).toEqual([["beta", false]]);

    const missing = await runNoxus(["profiles", "use", "alpha"], { configDir });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/No saved profile named "alpha"/);
    expect(missing.stderr).toMatch(/Available profiles: beta/);
  });

  it("says so when there are no profiles", async () => {
    const result = await runNoxus(["profiles", "list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No saved profiles/);
    const json = await runNoxus(["profiles", "list", "--json"]);
    expect(json.json()).toEqual([]);
  });
});
