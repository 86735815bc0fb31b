#!/usr/bin/env node
// `pnpm start`, the main job: the local Noxus server on its embedded SQLite with demo data,
// and the web console in front of it (acting through the CLI profile "local", so the key
// stays in this process and never reaches the browser).
// State lives in .noxus-local/ (database and the two keys, created once, mode 0600), so
// stopping with Ctrl-C and starting again finds the same data and the same keys.
// NOXUS_LOCAL_STATE_DIR puts that state elsewhere (the start test uses a temp dir);
// NOXUS_LOCAL_PORT and NOXUS_CONSOLE_PORT choose the ports (busy → a free one).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { startConsoleServer } from "../apps/console/dist/server/index.js";
import { saveProfile } from "../packages/auth/dist/node.mjs";
import { startLocalServer } from "../packages/local/dist/index.js";

const root = new URL("..", import.meta.url).pathname;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by `pnpm start` and its test, not a turbo task
const stateDir = resolve(root, process.env.NOXUS_LOCAL_STATE_DIR || ".noxus-local");
const shownStateDir = `${relative(root, stateDir).startsWith("..") ? stateDir : relative(root, stateDir)}/`;
const keysFile = join(stateDir, "keys.json");
mkdirSync(stateDir, { recursive: true, mode: 0o700 });

function loadKeys() {
  if (existsSync(keysFile)) return JSON.parse(readFileSync(keysFile, "utf8"));
  const newKey = () => `nxl_${randomBytes(30).toString("base64url")}`;
  const keys = { adminKey: newKey(), demoKey: newKey() };
  writeFileSync(keysFile, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(keysFile, 0o600);
  return keys;
}

const keys = loadKeys();
const options = {
  database: join(stateDir, "noxus.db"),
  host: process.env.NOXUS_LOCAL_HOST ?? "127.0.0.1",
  adminKey: keys.adminKey,
  demoKey: keys.demoKey,
  seed: "demo",
};
/** Starts on the wanted port, or on a free one when that is taken. */
async function onFreePort(wanted, start) {
  try {
    return await start(wanted);
  } catch (error) {
    if (error.code !== "EADDRINUSE") throw error;
    console.log(`Port ${wanted} is busy; using a free port instead.`);
    return await start(0);
  }
}

const server = await onFreePort(Number(process.env.NOXUS_LOCAL_PORT ?? 8484), (port) =>
  startLocalServer({ ...options, port }),
);

// The demo key as the `local` profile, so the CLI works at once: `pnpm noxus --profile local …`.
saveProfile("local", {
  apiKey: server.demo.apiKey,
  baseUrl: server.url,
  workspaceId: server.demo.workspaceId,
  workspaceName: "Demo",
});

// The console acts through that profile. Keys from the shell (NOXUS_API_KEY…) would beat a
// profile, as they do in the CLI, and point the console elsewhere: leave them out here.
const { NOXUS_API_KEY, NOXUS_BACKEND_URL, NOXUS_PROFILE, ...consoleEnv } = process.env;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by `pnpm start` and its test, not a turbo task
const consoleServer = await onFreePort(Number(process.env.NOXUS_CONSOLE_PORT ?? 8485), (port) =>
  startConsoleServer({ port, profile: "local", env: consoleEnv }),
);

const headers = { "X-API-Key": server.demo.apiKey };
const workflows = await (await fetch(`${server.url}/v1/workflows?size=100`, { headers })).json();
const summarise = workflows.items.find((workflow) => workflow.name === "Summarise");

console.log(`
Noxus console:      ${consoleServer.url}   (open it in a browser; the key stays on this machine)

Noxus local server: ${server.url}   (data in ${shownStateDir}, Ctrl-C stops both; data stays)

  Demo workspace key:   ${server.demo.apiKey}
  Tenant-admin key:     ${server.adminKey}
  Demo data:            workflow "Summarise" (${summarise?.id}), knowledge base "Handbook"

Try it (the demo key is saved as the CLI profile "local"):
  pnpm noxus --profile local run Summarise --input text="Noxus runs AI workflows." --wait
  curl -s -X POST ${server.url}/v1/workflows/${summarise?.id}/runs/sync \\
    -H "X-API-Key: ${server.demo.apiKey}" -H "content-type: application/json" \\
    -d '{"input": {"text": "Noxus runs AI workflows."}}'
  NOXUS_BACKEND_URL=${server.url} NOXUS_API_KEY=${server.demo.apiKey} <your Noxus program>
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await consoleServer.close();
    await server.close();
    console.log(`Stopped; the data is kept in ${shownStateDir} for the next start.`);
    process.exit(0);
  });
}
