import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

// Two deployments, as a user with a saved profile for one and NOXUS_* exported for the other.
let saved: CliBed;
let exported: CliBed;
let configDir: string;
let savedWs: { id: string; key: string };
let exportedWs: { id: string; key: string };
let env: Record<string, string>;

beforeAll(async () => {
  [saved, exported] = await Promise.all([startCliBed(), startCliBed()]);
  savedWs = await saved.workspace("flag-order-saved");
  exportedWs = await exported.workspace("flag-order-exported");
  configDir = mkdtempSync(join(tmpdir(), "noxus-flag-order-"));
  const login = await runNoxus(["login", "--profile", "admin", "--base-url", saved.server.url], {
    input: savedWs.key,
    configDir,
  });
  expect(login.code).toBe(0);
  env = { NOXUS_API_KEY: exportedWs.key, NOXUS_BACKEND_URL: exported.server.url };
});
afterAll(async () => {
  await Promise.all([saved?.close(), exported?.close()]);
});

const whoami = async (flags: string[], withEnv: Record<string, string> = env) => {
  const result = await runNoxus([...flags, "whoami", "--json"], { env: withEnv, configDir });
  return {
    code: result.code,
    stderr: result.stderr,
    ...(result.code === 0 ? result.json<{ workspace_id: string; base_url: string }>() : {}),
  };
};

describe("a flag beats the environment", () => {
  it("without flags, NOXUS_API_KEY and NOXUS_BACKEND_URL beat the saved profile", async () => {
    expect(await whoami([])).toMatchObject({
      code: 0,
      workspace_id: exportedWs.id,
      base_url: exported.server.url,
    });
  });

  it("--profile beats NOXUS_API_KEY, and its saved URL beats NOXUS_BACKEND_URL", async () => {
    expect(await whoami(["--profile", "admin"])).toMatchObject({
      code: 0,
      workspace_id: savedWs.id,
      base_url: saved.server.url,
    });
  });

  it("--base-url beats NOXUS_BACKEND_URL", async () => {
    const keyOfSaved = { NOXUS_API_KEY: savedWs.key, NOXUS_BACKEND_URL: exported.server.url };
    expect(await whoami(["--base-url", saved.server.url], keyOfSaved)).toMatchObject({
      code: 0,
      workspace_id: savedWs.id,
      base_url: saved.server.url,
    });
  });

  it("--base-url beats the profile's URL too: the profile's key then meets the other server", async () => {
    const result = await whoami(["--profile", "admin", "--base-url", exported.server.url]);
    // The key is unknown there: refused (exit 3), never silently another workspace.
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/401/);
  });

  it("--help states that order", async () => {
    const help = await runNoxus(["--help"], { configDir });
    expect(help.stdout).toMatch(/A flag beats the environment/);
    expect(help.stdout).toMatch(/API key:\s+--profile, else NOXUS_API_KEY/);
    expect(help.stdout).toMatch(
      /Base URL: --base-url, else the --profile's URL, else NOXUS_BACKEND_URL/,
    );
  });
});
