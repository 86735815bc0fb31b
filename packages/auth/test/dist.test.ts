import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startLocalServer } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDirs } from "./helpers/temp.js";

// These check the *built* package (dist/, through package.json "exports"): what users get.
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist");
const run = promisify(execFile);
const tempDir = useTempDirs();

/** Newest modification time among the files under dir (0 when there are none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

beforeAll(() => {
  // `pnpm build` runs before `pnpm test`; this only covers running vitest on its own after
  // an edit, so the checks never pass on a stale build.
  const built = existsSync(path.join(dist, "index.mjs"))
    ? statSync(path.join(dist, "index.mjs")).mtimeMs
    : 0;
  if (built < newest(path.join(root, "src"))) {
    execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore", timeout: 120_000 });
  }
}, 130_000);

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const SPECIFIERS = [
  /\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\(\s*["']([^"']+)["']\s*\)/g,
];

/** Every bare module a built file reaches, following its relative imports (shared chunks). */
function reachableModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const pattern of SPECIFIERS) {
      for (const [, specifier = ""] of code.matchAll(pattern)) {
        if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
        else modules.add(specifier);
      }
    }
  };
  visit(path.join(dist, entry));
  return modules;
}

describe("the browser entry has no Node built-ins", () => {
  it.each(["index.mjs", "index.js"])("dist/%s and the chunks it loads", (entry) => {
    const modules = [...reachableModules(entry)];
    expect(modules.filter((name) => BUILTINS.has(name))).toEqual([]);
    // The client's internal entry holds the helpers shared between the packages.
    expect(modules.sort()).toEqual(["@noxus/client", "@noxus/client/internal"]);
    const code = readFileSync(path.join(dist, entry), "utf8");
    expect(code).not.toMatch(/["']node:/);
    expect(code).not.toMatch(/require\(\s*["'](fs|path|os|crypto)["']\s*\)/);
  });

  it.each(["node.mjs", "node.js"])(
    "dist/%s does use them (so the check above can see them)",
    (entry) => {
      const modules = reachableModules(entry);
      expect([...modules].some((name) => BUILTINS.has(name))).toBe(true);
    },
  );
});

it("the core entry runs without a `process` global (browsers)", async () => {
  const { stdout } = await run(
    process.execPath,
    [path.join(root, "test", "fixtures", "no-process.mjs")],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        NOXUS_API_KEY: "nxl_mustNotBeSeen000000000000000000000",
      },
    },
  );
  expect(JSON.parse(stdout)).toEqual({
    explicit: "https://backend.noxus.ai",
    none: "no_credentials",
  });
});

describe("the built package in a separate process", () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  beforeAll(async () => {
    server = await startLocalServer({ database: ":memory:" });
  });
  afterAll(() => server?.close());

  it.each(["consumer.mjs", "consumer.cjs"])(
    "%s: core and /node, one copy of each class",
    async (fixture) => {
      const { stdout } = await run(
        process.execPath,
        [path.join(root, "test", "fixtures", fixture), server.url, server.adminKey, tempDir()],
        { cwd: root, env: { PATH: process.env.PATH ?? "" } },
      );
      expect(JSON.parse(stdout)).toEqual({
        format: fixture.endsWith(".mjs") ? "esm" : "cjs",
        sameClasses: true,
        source: "profile",
        profile: "local",
        masked: true,
        tenantAdmin: true,
        errorCode: "no_credentials",
      });
      expect(stdout).not.toContain(server.adminKey);
    },
  );
});
