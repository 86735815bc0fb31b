// A throwaway verdaccio (6.8.0, the last for Node 20) on 127.0.0.1: fresh storage in `dir`, no
// uplinks, so only what we publish is in it; a consumer reaches the npm registry for the rest.
// Publishing one version twice is refused, hence fresh storage on every run.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const VERDACCIO_BIN = join(require.resolve("verdaccio/package.json"), "..", "bin", "verdaccio");

const CONFIG = `storage: ./storage
auth:
  htpasswd: { file: ./htpasswd, max_users: 1000 }
uplinks: {}
packages:
  "@noxus/*": { access: $all, publish: $authenticated, unpublish: $authenticated }
web: { enable: false }
publish: { allow_offline: true }
log: { type: stdout, format: pretty, level: warn }
`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPing(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within ${timeoutMs} ms`);
}

/** Starts verdaccio; resolves with `{ url, log(), stop() }` (url ends with "/"). */
export async function startRegistry(dir) {
  mkdirSync(join(dir, "storage"), { recursive: true });
  writeFileSync(join(dir, "config.yaml"), CONFIG);
  // The port is free when probed; another process could take it before verdaccio binds it,
  // so a failed start is retried on a new port.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const child = spawn(
      process.execPath,
      [VERDACCIO_BIN, "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const stop = () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 3000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      });
    try {
      await waitForPing(url, child, 30_000);
      return { url, pid: child.pid, log: () => output, stop };
    } catch (error) {
      await stop();
      if (attempt >= 3) throw new Error(`${error.message}\n${output}`);
    }
  }
}

/** Creates a user (the first PUT creates it, no prompt) and returns its token. */
export async function createToken(registryUrl, name = "ci", password = "ci-pass-123") {
  const response = await fetch(`${registryUrl}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.token !== "string") {
    throw new Error(
      `creating the registry user failed: ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}
