#!/usr/bin/env node
// Takes the README's screenshot of the console (docs/console.png): the demo data on a
// throwaway @noxus/local, the built console in front of it, Debian's Chromium through
// playwright-core, the "Summarise" workflow run from its form.
//   pnpm build && node scripts/console-screenshot.mjs
import { createRequire } from "node:module";
import { startConsoleServer } from "../apps/console/dist/server/index.js";
import { startLocalServer } from "../packages/local/dist/index.js";
import { chromiumLaunchOptions } from "./chromium.mjs";

const { chromium } = createRequire(new URL("../apps/console/package.json", import.meta.url))(
  "playwright-core",
);
const output = new URL("../docs/console.png", import.meta.url).pathname;

const local = await startLocalServer({ seed: "demo" });
const server = await startConsoleServer({
  port: 0,
  apiKey: local.demo.apiKey,
  baseUrl: local.url,
  env: {},
  log: () => {},
});
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const headers = { "X-API-Key": local.demo.apiKey };
  const workflows = await (await fetch(`${local.url}/v1/workflows`, { headers })).json();
  const summarise = workflows.items.find((workflow) => workflow.name === "Summarise");
  const page = await browser.newPage({ viewport: { width: 1280, height: 960 } });
  await page.goto(`${server.url}#/workflows/${summarise.id}`);
  await page
    .getByLabel("text")
    .fill("Noxus runs AI workflows, and this console runs them in a browser.");
  await page.getByRole("button", { name: "Run" }).click();
  await page.getByTestId("run-output").waitFor({ timeout: 30_000 });
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  await local.close();
}
