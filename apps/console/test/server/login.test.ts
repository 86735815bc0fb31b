/**
 * A console started with a token: nothing but the login page answers until the browser
 * presents the token; then an HttpOnly, SameSite=Strict cookie. A non-loopback host without a
 * token is refused at start.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleStartError, startConsoleServer } from "../../src/server/index.js";
import type { ConsoleErrorBody } from "../../src/shared/protocol.js";
import { type Bed, startBed } from "./helpers.js";

const TOKEN = "correct-horse-battery-staple";
const CLI = fileURLToPath(new URL("../../dist/server/cli.js", import.meta.url));

describe("with a token", () => {
  let bed: Bed;
  beforeAll(async () => {
    bed = await startBed({ token: TOKEN });
  });
  afterAll(() => bed.close());

  const login = (token: string, origin = bed.origin) =>
    fetch(`${bed.origin}/api/console/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin },
      body: new URLSearchParams({ token }),
      redirect: "manual",
    });

  it("answers no page and no API before login", async () => {
    for (const path of ["/", "/workflows/abc", "/assets/app-abc123.js"]) {
      const page = await fetch(bed.origin + path, { redirect: "manual" });
      expect(page.status).toBe(303);
      expect(page.headers.get("location")).toBe("/login");
      expect(await page.text()).not.toContain("fixture app");
    }
    for (const path of ["/api/console/session", "/api/noxus/v1/workflows"]) {
      const api = await bed.fromApp(path);
      expect(api.status).toBe(401);
      expect(((await api.json()) as ConsoleErrorBody).code).toBe("login_required");
    }
    const form = await fetch(`${bed.origin}/login`);
    expect(form.status).toBe(200);
    expect(await form.text()).toMatch(/<input id="token" name="token" type="password"/);
  });

  it("refuses a wrong token, and a right one posted cross-site", async () => {
    const wrong = await login("not-the-token");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(await wrong.text()).toContain("not the one this console was started with");
    const crossSite = await login(TOKEN, "http://evil.example");
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("set-cookie")).toBeNull();
  });

  it("gives an HttpOnly, SameSite=Strict session cookie that opens pages and the API", async () => {
    const response = await login(TOKEN);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(";")[0] ?? "";

    const page = await fetch(`${bed.origin}/`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("fixture app");
    const api = await bed.fromApp("/api/noxus/v1/workflows", { headers: { cookie: session } });
    expect(api.status).toBe(200);
    const forged = await bed.fromApp("/api/noxus/v1/workflows", {
      headers: { cookie: "noxus_console_session=forged" },
    });
    expect(forged.status).toBe(401);
  });
});

it("answers 429 after too many wrong tokens, even for the right one", async () => {
  const bed = await startBed({ token: TOKEN });
  try {
    const attempt = (token: string) =>
      fetch(`${bed.origin}/api/console/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: bed.origin },
        body: JSON.stringify({ token }),
      });
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const limited = await attempt(TOKEN);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(await limited.json()).toMatchObject({ code: "too_many_attempts" });
  } finally {
    await bed.close();
  }
});

it("refuses a short token at start", async () => {
  await expect(startConsoleServer({ port: 0, token: "short", env: {} })).rejects.toThrow(
    /at least 16 characters/,
  );
});

describe("binding a non-loopback host", () => {
  it("is refused without a token, saying what to do", async () => {
    await expect(
      startConsoleServer({ host: "0.0.0.0", port: 0, env: {}, log: () => {} }),
    ).rejects.toThrow(ConsoleStartError);
    await expect(startConsoleServer({ host: "0.0.0.0", port: 0, env: {} })).rejects.toThrow(
      /--token/,
    );
  });

  it("is refused by the built command too, with exit code 2", () => {
    const result = spawnSync(process.execPath, [CLI, "serve", "--host", "0.0.0.0", "--port", "0"], {
      env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent" },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/needs a token.*--token/);
  });

  it("starts with a token from NOXUS_CONSOLE_TOKEN", async () => {
    const server = await startConsoleServer({
      host: "0.0.0.0",
      port: 0,
      env: { NOXUS_CONSOLE_TOKEN: TOKEN, NOXUS_CONFIG_DIR: "/nonexistent" },
      log: () => {},
    });
    try {
      const page = await fetch(server.url, { redirect: "manual" });
      expect(page.status).toBe(303);
    } finally {
      await server.close();
    }
  });
});
