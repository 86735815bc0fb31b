import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

let bed: CliBed;
beforeAll(async () => {
  bed = await startCliBed();
});
afterAll(() => bed.close());

describe("noxus", () => {
  it("prints help with examples and the exit codes", async () => {
    const result = await runNoxus(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Exit codes: 0 ok, 1 API error, 2 usage, 3 auth, 4 not found, 130 interrupted.",
    );
    expect(result.stdout).toContain("Examples:");
  });

  it("exits 2 on a usage error", async () => {
    const result = await runNoxus(["no-such-command"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command/);
  });

  it("whoami: a table for people, JSON for programs", async () => {
    const ws = await bed.workspace("cli-whoami");
    const human = await runNoxus(["whoami"], { env: ws.env });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/workspace\s+cli-whoami/);
    expect(human.stdout).not.toContain("\u001b["); // no colour without a TTY
    const machine = await runNoxus(["whoami", "--json"], { env: ws.env });
    expect(machine.json()).toEqual({
      key_name: "cli-test",
      workspace_id: ws.id,
      workspace_name: "cli-whoami",
      tenant_admin: false,
      base_url: bed.server.url,
    });
  });

  it("exits 3 with one clear line for a bad key, and never echoes it", async () => {
    const result = await runNoxus(["whoami"], {
      env: { NOXUS_API_KEY: "nxl_not-a-real-key-123456789", NOXUS_BACKEND_URL: bed.server.url },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: GET \/v1\/admin\/me failed: 401/m);
    expect(result.stderr).toMatch(/^hint: /m);
    expect(result.stderr + result.stdout).not.toContain("nxl_not-a-real-key-123456789");
  });

  it("exits 3 when there are no credentials at all", async () => {
    const result = await runNoxus(["whoami"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/NOXUS_API_KEY/);
  });
});
