import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNoxusClient } from "@noxus/client";
import { type LocalServer, type LocalServerOptions, startLocalServer } from "@noxus/local";

const BIN = new URL("../../dist/cli.js", import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json runs). */
  json<T = unknown>(): T;
}

/**
 * Runs the BUILT `noxus` binary in a child process, as a user's shell would: no TTY, a
 * private config dir, and only the environment given (never the machine's NOXUS_* values).
 */
export function runNoxus(
  args: string[],
  options: {
    env?: Record<string, string>;
    input?: string;
    configDir?: string;
    onSpawn?: (child: ReturnType<typeof spawn>) => void;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: options.configDir ?? tmpdir(),
        NOXUS_CONFIG_DIR: options.configDir ?? mkdtempSync(join(tmpdir(), "noxus-cli-")),
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout, stderr, json: <T>() => JSON.parse(stdout) as T }),
    );
    options.onSpawn?.(child);
    child.stdin.end(options.input ?? "");
  });
}

export interface CliBed {
  server: LocalServer;
  /** A fresh workspace and its key, for NOXUS_API_KEY. */
  workspace(name?: string): Promise<{ id: string; key: string; env: Record<string, string> }>;
  /** Environment reaching the server with the admin key. */
  adminEnv: Record<string, string>;
  close(): Promise<void>;
}

export async function startCliBed(options: LocalServerOptions = {}): Promise<CliBed> {
  const server = await startLocalServer({ keepAliveMs: 1000, ...options });
  const admin = createNoxusClient({
    baseUrl: server.url,
    auth: { apiKey: server.adminKey },
    throwOnError: true,
  });
  let count = 0;
  const envFor = (key: string) => ({ NOXUS_API_KEY: key, NOXUS_BACKEND_URL: server.url });
  return {
    server,
    adminEnv: envFor(server.adminKey),
    async workspace(name = `cli-${++count}`) {
      const { data: group } = await admin.POST("/v1/admin/groups", { body: { name } });
      const { data: key } = await admin.POST("/v1/admin/groups/{group_id}/api-keys", {
        params: { path: { group_id: group.id } },
        body: { name: "cli-test" },
      });
      return { id: group.id, key: key.value, env: envFor(key.value) };
    },
    close: () => server.close(),
  };
}
