// The console app's weight and first paint of real data, against a static page.
//
// 1. Initial JS: the scripts index.html loads before anything renders (entry + modulepreloads),
//    gzipped; lazy chunks (the workflow graph, Markdown) are listed apart. Goal ≤ 200 kB.
// 2. Navigation → workflow list rendered (the list holds "Summarise", read from @noxus/local
//    through the console's proxy), against navigation → a static page with the same list,
//    served by the same console server. Fresh browser context (cold cache) every time,
//    subjects alternated, medians. Measured in the page: performance.now() when the list
//    is in the DOM, i.e. ms since the navigation started.
//
// Needs `pnpm --filter @noxus/console build` (dist/server and dist/app) and /usr/bin/chromium.
// Run: node bench/console/app-load.mjs [iterations=20]
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

// The console's own dependencies (playwright-core, @noxus/local) resolve from its package, so
// the bench package does not have to repeat them.
const consoleDir = fileURLToPath(new URL("../../apps/console/", import.meta.url));
const fromConsole = createRequire(join(consoleDir, "package.json"));
const { chromium } = fromConsole("playwright-core");
const { startLocalServer } = await import(fromConsole.resolve("@noxus/local"));
const { startConsoleServer } = await import(join(consoleDir, "dist/server/index.js"));

const iterations = Number(process.argv[2] ?? 20);
const appDir = join(consoleDir, "dist/app");

// ---- 1. initial JS
const html = await readFile(join(appDir, "index.html"), "utf8");
const initial = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);
const gz = async (path) => gzipSync(await readFile(join(appDir, path))).length;
let initialBytes = 0;
for (const path of initial) initialBytes += await gz(path);
const { readdir } = await import("node:fs/promises");
const lazy = [];
for (const name of await readdir(join(appDir, "assets"))) {
  if (name.endsWith(".js") && !initial.some((path) => path.endsWith(name))) {
    lazy.push([name, await gz(`assets/${name}`)]);
  }
}

// ---- 2. navigation → list
const work = await mkdtemp(join(tmpdir(), "noxus-console-bench-"));
const servedDir = join(work, "app");
await cp(appDir, servedDir, { recursive: true });
await writeFile(
  join(servedDir, "static.html"),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Static</title><h1>Workflows</h1><ul data-testid="workflow-list"><li><a href="#">Summarise</a></li></ul></html>',
);
const local = await startLocalServer({ seed: "demo", env: {} });
const server = await startConsoleServer({
  port: 0,
  apiKey: local.demo.apiKey,
  baseUrl: local.url,
  appDir: servedDir,
  env: {},
  configDir: join(work, "config"),
  log: () => {},
});
const base = server.url.replace(/\/$/, "");
const browser = await chromium.launch(chromiumLaunchOptions);

const subjects = {
  console: { url: `${base}/#/workflows`, selector: '[data-testid="workflow-list"] a' },
  static: { url: `${base}/static.html`, selector: '[data-testid="workflow-list"] a' },
};
const times = { console: [], static: [] };
async function once(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Stamped in the page the moment the list is in the DOM, so Playwright's own polling and
  // round trips are not counted.
  await context.addInitScript((selector) => {
    const stamp = () => {
      if (window.__listAt === undefined && document.querySelector(selector)) {
        window.__listAt = performance.now();
      }
    };
    new MutationObserver(stamp).observe(document, { childList: true, subtree: true });
  }, subjects[name].selector);
  const page = await context.newPage();
  await page.goto(subjects[name].url, { waitUntil: "commit" });
  await page.locator(subjects[name].selector).first().waitFor();
  const ms = await page.evaluate(() => window.__listAt);
  await context.close();
  return ms;
}
try {
  for (const name of ["console", "static"]) await once(name); // warm the server and the OS
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? ["console", "static"] : ["static", "console"];
    for (const name of order) times[name].push(await once(name));
  }
} finally {
  await browser.close();
  await server.close();
  await local.close();
  await rm(work, { recursive: true, force: true });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const consoleMs = median(times.console);
const staticMs = median(times.static);
console.log(`initial JS (gzip): ${kb(initialBytes)} in ${initial.length} file(s) (goal ≤ 200 kB)`);
for (const [name, bytes] of lazy) console.log(`  lazy chunk ${name}: ${kb(bytes)}`);
console.log(
  `navigation → workflow list, median of ${iterations}: console ${consoleMs.toFixed(1)} ms, static page ${staticMs.toFixed(1)} ms, ratio ${(consoleMs / staticMs).toFixed(2)}×`,
);
