import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ChildServer {
  url: string;
  adminKey: string;
  process: ChildProcess;
  /** kill -9, and wait until the process is gone. */
  crash(): Promise<void>;
}

export interface ChildServerBundle {
  start(database: string, env?: Record<string, string>): Promise<ChildServer>;
  /** Kills what is still running and removes the bundle. */
  dispose(): void;
}

/**
 * The real server, bundled from src, started in child processes that a test can kill -9
 * mid-work (a crash, not a close). The bundle lives under node_modules so that its imports
 * resolve to this package's dependencies; it is built once per test file.
 */
export async function bundleChildServer(): Promise<ChildServerBundle> {
  const outDir = join(
    packageRoot,
    "node_modules",
    ".cache",
    `noxus-local-child-${process.pid}-${randomBytes(4).toString("hex")}`,
  );
  mkdirSync(outDir, { recursive: true });
  await build({
    entry: [join(packageRoot, "src", "index.ts")],
    format: ["esm"],
    outDir,
    config: false,
    silent: true,
    dts: false,
    target: "node20",
    platform: "node",
    external: [/^[^./]/],
  });
  writeFileSync(
    join(outDir, "child.mjs"),
    `import { startLocalServer } from "./index.js";
const server = await startLocalServer({ database: process.argv[2], adminKey: process.argv[3] });
process.stdout.write(JSON.stringify({ url: server.url }) + "\\n");
`,
  );
  const children = new Set<ChildProcess>();
  return {
    async start(database, env = {}) {
      const adminKey = `nxl_${randomBytes(30).toString("base64url")}`;
      const child = spawn(process.execPath, [join(outDir, "child.mjs"), database, adminKey], {
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, ...env },
      });
      children.add(child);
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      const { url } = await new Promise<{ url: string }>((resolve, reject) => {
        let out = "";
        child.stdout?.on("data", (chunk) => {
          out += chunk;
          if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0] as string));
        });
        child.once("exit", (code) => reject(new Error(`child server exited early (${code})`)));
      });
      return {
        url,
        adminKey,
        process: child,
        async crash() {
          child.kill("SIGKILL");
          await exited;
          children.delete(child);
        },
      };
    },
    dispose() {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
