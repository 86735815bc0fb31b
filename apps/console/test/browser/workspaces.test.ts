import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveProfile } from "@noxus/auth/node";
import { type LocalServer, startLocalServer } from "@noxus/local";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleServer, startConsoleServer } from "../../src/server/index.js";
import { axeViolations, buildApp, launchChromium, SCREENSHOT_DIR } from "./harness.js";

let work: string;
let appDir: string;
let local: LocalServer;
let browser: Browser;
const consoles: ConsoleServer[] = [];
const secrets: string[] = [];

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  work = await mkdtemp(join(tmpdir(), "noxus-console-workspaces-"));
  appDir = await buildApp(work);
  local = await startLocalServer({ seed: "demo", env: {} });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const server of consoles) await server.close();
  await local?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(options: Parameters<typeof startConsoleServer>[0], hash: string) {
  const server = await startConsoleServer({ port: 0, appDir, env: {}, log: () => {}, ...options });
  consoles.push(server);
  // bypassCSP lets axe's script into the login page, whose CSP forbids every script.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const bodies: string[] = [];
  page.on("response", (response) => {
    if ((response.headers()["content-type"] ?? "").includes("text/event-stream")) return;
    void response.text().then(
      (body) => bodies.push(body),
      () => {},
    );
  });
  await page.goto(`${server.url.replace(/\/$/, "")}/#${hash}`);
  return { page, bodies };
}

async function expectNoSecrets(page: Page, bodies: string[]) {
  const seen = [await page.content(), ...bodies].join("\n");
  for (const secret of secrets) expect(seen.includes(secret)).toBe(false);
}

describe("workspaces, token login, and a console without a backend or a key", () => {
  it("switches between saved profiles, and every page says which workspace is active", async () => {
    const admin = { "X-API-Key": local.adminKey, "content-type": "application/json" };
    const group = (await (
      await fetch(`${local.url}/v1/admin/groups`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ name: "Staging" }),
      })
    ).json()) as { id: string };
    const key = (await (
      await fetch(`${local.url}/v1/admin/groups/${group.id}/api-keys`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ name: "console test" }),
      })
    ).json()) as { value: string };
    const demoKey = local.demo?.apiKey ?? "";
    secrets.push(demoKey, key.value, local.adminKey);
    const configDir = join(work, "profiles");
    saveProfile(
      "demo",
      { apiKey: demoKey, baseUrl: local.url, workspaceName: "Demo" },
      { configDir, makeCurrent: true },
    );
    saveProfile(
      "staging",
      { apiKey: key.value, baseUrl: local.url, workspaceName: "Staging" },
      { configDir },
    );

    const { page, bodies } = await open({ configDir }, "/workspace");
    await page.getByRole("heading", { name: "Switch workspace" }).waitFor();
    await expect(page.getByTestId("active-workspace").textContent()).resolves.toContain("Demo");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "workspace-switcher.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Use staging" }).click();
    await page.getByTestId("active-workspace").getByText("Staging").waitFor();
    await page.getByTestId("workspace-facts").getByText("Staging", { exact: true }).waitFor();
    // The staging workspace is empty: the workflow list now comes from its key.
    await page.getByRole("link", { name: "Workflows" }).click();
    await page.getByText("No workflows yet.").waitFor();
    await expect(page.getByTestId("active-workspace").textContent()).resolves.toContain("Staging");
    await page.getByRole("link", { name: "Knowledge bases" }).click();
    await page.getByText("No knowledge bases yet.").waitFor();
    await expect(page.getByTestId("active-workspace").textContent()).resolves.toContain("Staging");
    await expectNoSecrets(page, bodies);
  });

  it("shows a banner with a retry when the backend cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));

    const { page } = await open(
      { apiKey: local.demo?.apiKey ?? "", baseUrl: `http://127.0.0.1:${port}` },
      "/workflows",
    );
    const banner = page
      .getByRole("alert")
      .filter({ hasText: "The Noxus backend cannot be reached." })
      .first();
    await banner.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "backend-down.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // Retry asks again (and, the backend still being down, the banner comes back).
    await banner.getByRole("button", { name: "Retry" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "The Noxus backend cannot be reached." })
      .first()
      .waitFor();
  });

  it("tells how to log in when the console has no key", async () => {
    const { page, bodies } = await open({ configDir: join(work, "empty") }, "/workflows");
    await page.getByRole("heading", { name: "Log in to a workspace" }).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain("noxus login");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "not-configured.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSecrets(page, bodies);
  });

  it("with a token, shows only the login page until the token is given, then the console", async () => {
    const token = "a-console-token-for-tests";
    secrets.push(token);
    const { page, bodies } = await open(
      { apiKey: local.demo?.apiKey ?? "", baseUrl: local.url, token },
      "/workflows",
    );
    await page.getByRole("heading", { name: "Noxus console" }).waitFor();
    await page.getByLabel("Console token").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Console token").fill("not the token");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("alert").waitFor();
    await page.getByLabel("Console token").fill(token);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("link", { name: "Summarise" }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie.httpOnly).toBe(true);
    await expectNoSecrets(page, bodies);
    expect(JSON.stringify(cookies)).not.toContain(local.demo?.apiKey ?? "");
  });

  it("says when the API asks to slow down (429), and offers a retry once the wait is over", async () => {
    // A backend that rate-limits everything: the answer the hosted API gives under load.
    const limited = createHttpServer((_request, response) => {
      response.writeHead(429, { "content-type": "application/json", "retry-after": "3" });
      response.end(JSON.stringify({ detail: "Rate limit exceeded: 60 requests per minute." }));
    });
    await new Promise<void>((resolve) => limited.listen(0, "127.0.0.1", resolve));
    const port = (limited.address() as { port: number }).port;
    try {
      const { page } = await open(
        { apiKey: local.demo?.apiKey ?? "", baseUrl: `http://127.0.0.1:${port}` },
        "/workflows",
      );
      const alert = page.getByRole("alert").filter({ hasText: "Too many requests." });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(
        "Rate limit exceeded: 60 requests per minute.",
      );
      await alert.getByRole("button", { name: /^Retry in \d+ s$/ }).waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, "rate-limited.png"), fullPage: true });
      await alert.getByRole("button", { name: "Retry", exact: true }).click();
      // Asked again, limited again: a new wait starts.
      await alert.getByRole("button", { name: /^Retry in \d+ s$/ }).waitFor();
    } finally {
      limited.closeAllConnections();
      await new Promise((resolve) => limited.close(resolve));
    }
  });
});
