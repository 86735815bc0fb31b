/**
 * The built `noxus-console serve`, as a user runs it: credentials resolved like the `noxus`
 * CLI's, a clear exit for a profile that does not exist, and a console that still starts when
 * there is no key at all.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { saveProfile } from "@noxus/auth/node";
import { afterEach, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../dist/server/cli.js", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** A private config dir: never the machine's profiles or NOXUS_* values. */
function privateEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    NOXUS_CONFIG_DIR: mkdtempSync(join(tmpdir(), "noxus-console-cli-")),
  };
}

/** Starts the console and resolves with everything it printed up to its URL line and the next. */
function serve(
  args: string[],
  env: Record<string, string>,
): Promise<{ output: string; url: string }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /Noxus console: (\S+)/.exec(output)?.[1];
      if (url && /\n.*\n/.test(output)) resolve({ output, url });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
}

it("exits 2 for a profile that is not saved, naming the saved ones", () => {
  const env = privateEnv();
  saveProfile(
    "staging",
    { apiKey: "nxl_0123456789abcdef0123", baseUrl: "http://127.0.0.1:9" },
    {
      configDir: env.NOXUS_CONFIG_DIR,
    },
  );
  const result = spawnSync(process.execPath, [CLI, "serve", "--port", "0", "--profile", "prod"], {
    env,
    encoding: "utf8",
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/No Noxus profile named "prod"[\s\S]*staging/);
});

it("exits 2 for a base URL that is not a URL, saying what one looks like", () => {
  const result = spawnSync(
    process.execPath,
    [CLI, "serve", "--port", "0", "--base-url", "backend.example"],
    { env: { ...privateEnv(), NOXUS_API_KEY: "nxl_0123456789abcdef0123" }, encoding: "utf8" },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(
    /^noxus-console: The baseUrl option must be an absolute URL[\s\S]*such as https:\/\/backend\.noxus\.ai/,
  );
  expect(result.stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
});

it("starts without any key and says how to log in; the session says so too", async () => {
  const { output, url } = await serve([], privateEnv());
  expect(output).toMatch(/No workspace configured yet\..*noxus login/);
  const session = await (await fetch(`${url}api/console/session`)).json();
  expect(session).toMatchObject({ configured: false, profiles: [] });
});

it("acts through the profile named by --profile, printing its key masked only", async () => {
  const env = privateEnv();
  const key = "nxl_secretsecretsecret0123456789";
  saveProfile(
    "staging",
    { apiKey: key, baseUrl: "http://127.0.0.1:9", workspaceName: "Staging" },
    {
      configDir: env.NOXUS_CONFIG_DIR,
    },
  );
  const { output, url } = await serve(["--profile", "staging"], env);
  expect(output).toMatch(/Workspace: Staging at http:\/\/127\.0\.0\.1:9 \(key nxl_\S*…\)/);
  expect(output).not.toContain(key);
  const session = await (await fetch(`${url}api/console/session`)).json();
  expect(session).toMatchObject({ configured: true, profile: "staging", source: "profile" });
});
