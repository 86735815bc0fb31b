/**
 * `pnpm start`, the main job: scripts/start.mjs (on the built @noxus/local and @noxus/console,
 * devDependencies of the CLI, so turbo builds them before this test) comes up within a time
 * bound, prints the console's URL first and the console answers for the demo workspace,
 * answers with the printed key, the printed sync-run command works, Ctrl-C stops both and
 * exits 0, and the data stays.
 * State goes to a temp dir (NOXUS_LOCAL_STATE_DIR), never the repository's .noxus-local/.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const START = join(ROOT, "scripts", "start.mjs");
const CLI = join(ROOT, "apps", "cli", "dist", "cli.js");
const STARTUP_BOUND_MS = 30_000;

const stateDir = mkdtempSync(join(tmpdir(), "noxus-start-"));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  ms: number;
  consoleUrl: string;
  url: string;
  demoKey: string;
  workflowId: string;
  /** The printed `curl -X POST <url> -H "X-API-Key: …" -d '<body>'` command, parsed. */
  tryIt: { url: string; key: string; body: string };
  /** The printed `pnpm noxus …` command, after `pnpm noxus `. */
  cli: string;
}

function match(text: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(text)?.[1];
  if (!found) throw new Error(`pnpm start printed no ${what}:\n${text}`);
  return found;
}

/** Starts scripts/start.mjs and resolves once it has printed its whole "try it" block. */
function start(): Promise<Started> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [START], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: stateDir,
      NOXUS_LOCAL_PORT: "0",
      NOXUS_CONSOLE_PORT: "0",
      NOXUS_LOCAL_STATE_DIR: stateDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within ${STARTUP_BOUND_MS} ms:\n${output}`)),
      STARTUP_BOUND_MS,
    );
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm start exited with ${code}:\n${output}`));
    });
    const onData = (chunk: Buffer) => {
      output += chunk;
      // The block ends with the line that shows how to point a program at the server.
      if (!/NOXUS_BACKEND_URL=\S+ NOXUS_API_KEY=\S+/.test(output)) return;
      clearTimeout(timer);
      try {
        resolve({
          child,
          output: () => output,
          ms: Date.now() - t0,
          consoleUrl: match(output, /^Noxus console:\s+(http:\/\/\S+)/m, "console URL"),
          url: match(output, /Noxus local server: (http:\/\/\S+)/, "URL"),
          demoKey: match(output, /Demo workspace key:\s+(\S+)/, "demo key"),
          workflowId: match(output, /workflow "Summarise" \(([^)]+)\)/, "workflow id"),
          cli: match(output, /pnpm noxus (--profile \S+ run .+ --wait)/, "noxus command"),
          tryIt: {
            url: match(output, /curl -s -X POST (\S+)/, "curl URL"),
            key: match(output, /-H "X-API-Key: ([^"]+)"/, "curl key"),
            body: match(output, /-d '([^']*)'/, "curl body"),
          },
        });
      } catch (error) {
        reject(error);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners("exit");
    started.child.once("exit", (code) => resolve(code));
    started.child.kill("SIGINT");
  });
}

it("comes up within the time bound, answers, runs the printed command, and keeps its data", async () => {
  const first = await start();
  expect(first.ms).toBeLessThan(STARTUP_BOUND_MS);

  // The console comes first, and acts in the demo workspace through the "local" profile.
  expect(first.output().indexOf("Noxus console:")).toBeLessThan(
    first.output().indexOf("Noxus local server:"),
  );
  const session = await fetch(`${first.consoleUrl}api/console/session`);
  expect(session.status).toBe(200);
  const described = await session.json();
  expect(described).toMatchObject({ configured: true, profile: "local", workspaceName: "Demo" });
  expect(JSON.stringify(described)).not.toContain(first.demoKey);
  const viaConsole = await fetch(`${first.consoleUrl}api/noxus/v1/workflows`);
  expect(viaConsole.status).toBe(200);
  expect(((await viaConsole.json()) as { items: Array<{ id: string }> }).items).toContainEqual(
    expect.objectContaining({ id: first.workflowId }),
  );

  const me = await fetch(`${first.url}/v1/admin/me`, { headers: { "X-API-Key": first.demoKey } });
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ group_name: "Demo", tenant_admin: false });

  // The printed next command, as fetch: POST the printed URL with the printed key and body.
  expect(first.tryIt.url).toBe(`${first.url}/v1/workflows/${first.workflowId}/runs/sync`);
  const run = await fetch(first.tryIt.url, {
    method: "POST",
    headers: { "X-API-Key": first.tryIt.key, "content-type": "application/json" },
    body: first.tryIt.body,
  });
  expect(run.status).toBe(200);
  const text = (JSON.parse(first.tryIt.body) as { input: { text: string } }).input.text;
  expect(await run.json()).toMatchObject({
    status: "completed",
    output: { Summary: { text: `Summarise in one paragraph: ${text}` } },
  });

  // The printed CLI command, run with the built binary and the profile start saved.
  const [, profile = "", workflow = "", key = "", value = ""] =
    /--profile (\S+) run (\S+) --input (\w+)="([^"]*)" --wait/.exec(first.cli) ?? [];
  const cli = spawnSync(
    process.execPath,
    [CLI, "--profile", profile, "run", workflow, "--input", `${key}=${value}`, "--wait", "--json"],
    { env: { PATH: process.env.PATH ?? "", HOME: stateDir }, encoding: "utf8" },
  );
  expect(cli.status, cli.stderr).toBe(0);
  expect(cli.stdout).toContain(`Summarise in one paragraph: ${value}`);

  expect(await stop(first)).toBe(0);
  expect(first.output()).toContain("Stopped; the data is kept");
  // Both servers are gone.
  await expect(fetch(`${first.consoleUrl}api/console/session`)).rejects.toThrow();
  await expect(fetch(`${first.url}/v1/workflows`)).rejects.toThrow();

  // Started again on the same state: the same workflow, the same key, the earlier runs kept.
  const second = await start();
  expect(second.workflowId).toBe(first.workflowId);
  expect(second.demoKey).toBe(first.demoKey);
  const runs = await fetch(`${second.url}/v1/workflows/${second.workflowId}/runs`, {
    headers: { "X-API-Key": second.demoKey },
  });
  expect(runs.status).toBe(200);
  // The curl run and the CLI run.
  expect((await runs.json()) as { total: number }).toMatchObject({ total: 2 });
  expect(await stop(second)).toBe(0);
}, 90_000);
