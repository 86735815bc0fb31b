import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chromiumLaunchOptions } from "../../../scripts/chromium.mjs";
import { specPath } from "../src/spec.js";
import { startTestServer, type TestServer } from "./helpers/local.js";

// GET /openapi.json and GET /docs: the server's own description and its reference page, read
// without a key, over real HTTP, and the page rendered by a real Chromium.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const spec = parse(readFileSync(specPath(), "utf8"));
const operationCount = Object.values(spec.paths as Record<string, object>).flatMap((item) =>
  Object.keys(item).filter((key) => METHODS.includes(key)),
).length;

let harness: TestServer;
beforeAll(async () => {
  harness = await startTestServer();
});
afterAll(() => harness?.close());

describe("GET /openapi.json", () => {
  it("answers the spec the server routes from, pointing at this server, without a key", async () => {
    const response = await fetch(`${harness.server.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = await response.json();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([
      { url: harness.server.url, description: "This @noxus/local server" },
    ]);
    expect({ ...document, servers: spec.servers }).toEqual(spec);
    expect(operationCount).toBeGreaterThanOrEqual(56);
  });

  it("is not an operation of the Noxus API", () => {
    expect(Object.keys(spec.paths)).not.toContain("/openapi.json");
    expect(Object.keys(spec.paths)).not.toContain("/docs");
  });
});

describe("GET /docs", () => {
  it("answers an HTML page without a key, allowed to load only from this server", async () => {
    const response = await fetch(`${harness.server.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
    expect(await response.text()).toContain("/docs/assets/swagger-ui-bundle.js");
  });

  it("serves only the renderer's own files", async () => {
    const css = await fetch(`${harness.server.url}/docs/assets/swagger-ui.css`);
    expect(css.status).toBe(200);
    const other = await fetch(`${harness.server.url}/docs/assets/package.json`);
    expect(other.status).toBe(404);
  });

  it("renders every operation in Chromium, with no console error and no request elsewhere", async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const origins = new Set<string>();
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (request) => origins.add(new URL(request.url()).origin));
      await page.goto(`${harness.server.url}/docs`);
      await page.waitForFunction(
        (count) => document.querySelectorAll(".opblock").length === count,
        operationCount,
      );
      const paths = await page.$$eval(".opblock-summary-path", (nodes) =>
        nodes.map((node) => node.getAttribute("data-path")),
      );
      expect(paths).toContain("/v1/workflows/{workflow_id}/runs");
      expect(await page.locator(".opblock").count()).toBe(operationCount);
      expect(problems).toEqual([]);
      expect([...origins]).toEqual([harness.server.url]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
