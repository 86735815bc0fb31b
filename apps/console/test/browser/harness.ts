import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import {
  createLocalModel,
  type LocalServer,
  type ModelProvider,
  startLocalServer,
} from "@noxus/local";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { chromiumLaunchOptions } from "../../../../scripts/chromium.mjs";
import { type ConsoleServer, startConsoleServer } from "../../src/server/index.js";

const CONSOLE_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOT_DIR = join(CONSOLE_DIR, ".reports", "screenshots");

/** Everything the page received, kept so the security scan can read all of it. */
export interface Captured {
  responses: { url: string; body: string }[];
  consoleLines: string[];
}

export interface Harness {
  local: LocalServer;
  console: ConsoleServer;
  /** The demo workspace's key: it must never reach the browser. */
  demoKey: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  captured: Captured;
  /** Server-side request log lines of the console. */
  serverLog: string[];
  close(): Promise<void>;
}

/** A chat message the harness's model fails on, so a page can show a model failure. */
export const FAILING_QUESTION = "Please fail.";

/**
 * The local model, slowed, with its streamed words paced apart: the local model writes them
 * all at once, and a page can only be seen filling in a reply when they arrive apart. It fails
 * on FAILING_QUESTION.
 */
function pacedModel(): ModelProvider {
  const model = createLocalModel({ delayMs: 400 });
  const stream = model.stream?.bind(model);
  return {
    ...model,
    async *stream(request) {
      if (request.messages.at(-1)?.content === FAILING_QUESTION) {
        throw new Error("the model is unavailable");
      }
      if (!stream) return;
      for await (const chunk of stream(request)) {
        if (chunk.type === "delta") await sleep(100);
        yield chunk;
      }
    },
  };
}

/**
 * Real parts end to end: @noxus/local with the demo data (its model slowed a little so that a
 * run's node states can be seen changing), the console server started the way
 * `noxus-console serve` starts it, the app freshly built by Vite, and Debian's Chromium.
 */
export async function startHarness(): Promise<Harness> {
  const work = await mkdtemp(join(tmpdir(), "noxus-console-browser-"));
  const appDir = await buildApp(work);
  const local = await startLocalServer({
    seed: "demo",
    models: pacedModel(),
    env: {},
    keepAliveMs: 1_000,
  });
  const demoKey = local.demo?.apiKey;
  if (!demoKey) throw new Error("the demo seed gave no key");
  const serverLog: string[] = [];
  const consoleServer = await startConsoleServer({
    port: 0,
    apiKey: demoKey,
    baseUrl: local.url,
    appDir,
    env: {},
    configDir: join(work, "config"),
    log: (line) => serverLog.push(line),
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const captured: Captured = { responses: [], consoleLines: [] };
  page.on("console", (message) => captured.consoleLines.push(message.text()));
  page.on("response", (response) => {
    // Event streams never end on their own schedule; their events are in the page anyway.
    if ((response.headers()["content-type"] ?? "").includes("text/event-stream")) return;
    response
      .text()
      .then((body) => captured.responses.push({ url: response.url(), body }))
      .catch(() => captured.responses.push({ url: response.url(), body: "" }));
  });
  return {
    local,
    console: consoleServer,
    demoKey,
    browser,
    context,
    page,
    captured,
    serverLog,
    async close() {
      await browser.close().catch(() => {});
      await consoleServer.close();
      await local.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with nothing of its own talking to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Builds the app with Vite into `<work>/app`, so tests always run the current source. */
export async function buildApp(work: string): Promise<string> {
  const appDir = join(work, "app");
  await build({
    configFile: join(CONSOLE_DIR, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: appDir, emptyOutDir: true },
  });
  return appDir;
}

/** Runs axe-core in the page (axe-core's own bundle; @axe-core/playwright wants Node 22). */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? "",
        help: violation.help,
        targets: violation.nodes.map((node) => String(node.target)),
      }));
  });
}
