#!/usr/bin/env node
// `pnpm test:publish`: the published-package path, end to end, as a user meets it.
// Builds, publishes every public @noxus/* package to a throwaway verdaccio, installs them into a
// clean project in a temp dir outside the repository (the npm registry for everything else),
// and there imports them (ESM and require()), type-checks and runs a program with tsc/node
// against a @noxus/local from the registry, and runs the `noxus` bin. One line per check, then
// `N passed, N failed`; exit 1 on any failure. `--keep` keeps the temp dir, `--no-build` skips
// the build. Verdaccio and the local server are stopped on every exit path.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createToken, startRegistry } from "./registry.mjs";

const root = realpathSync(fileURLToPath(new URL("../..", import.meta.url)));
const fixtures = fileURLToPath(new URL("./consumer", import.meta.url));
const PACKAGES = ["client", "auth", "workspace", "local", "cli"].map((name) => `@noxus/${name}`);
const DIRS = {
  "@noxus/client": "packages/client",
  "@noxus/auth": "packages/auth",
  "@noxus/workspace": "packages/workspace",
  "@noxus/local": "packages/local",
  "@noxus/cli": "apps/cli",
};
const CONSUMER_DEPS = [
  "@noxus/workspace",
  "@noxus/cli",
  "@noxus/local",
  "typescript@5.9.3",
  "@types/node@20.19.43",
];
const argv = process.argv.slice(2);
const keep = argv.includes("--keep");
const build = !argv.includes("--no-build");

const work = mkdtempSync(join(realpathSync(tmpdir()), "noxus-publish-"));
const consumer = join(work, "consumer");
const versions = Object.fromEntries(
  PACKAGES.map((name) => [
    name,
    JSON.parse(readFileSync(join(root, DIRS[name], "package.json"), "utf8")).version,
  ]),
);

// ---- the checks -------------------------------------------------------------------------
let passed = 0;
let failed = 0;
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one check; a failed check stops the run (later checks depend on it). */
async function check(name, body) {
  const t0 = Date.now();
  try {
    const detail = await body();
    passed += 1;
    console.log(`ok    ${name} (${seconds(Date.now() - t0)})${detail ? `: ${detail}` : ""}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${name} (${seconds(Date.now() - t0)}): ${error.message}`);
    throw new StopRun();
  }
}
class StopRun extends Error {}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---- processes ----------------------------------------------------------------------------
// The consumer sees none of the repository: no npm_*/pnpm_* settings from the `pnpm` that
// started us, no NODE_PATH/NODE_OPTIONS, and no node_modules/.bin of the repo on PATH.
const consumerEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_|pnpm_|turbo_|node_path$|node_options$|init_cwd$)/i.test(key),
  ),
);
consumerEnv.PATH = (process.env.PATH ?? "")
  .split(delimiter)
  .filter((dir) => dir && !`${dir}${sep}`.startsWith(`${root}${sep}`))
  .join(delimiter);
consumerEnv.NO_COLOR = "1";
consumerEnv.NOXUS_CONFIG_DIR = join(work, "noxus-config");

function run(command, args, { cwd, env, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-25).join("\n");
      reject(new Error(`\`${command} ${args.join(" ")}\` ended with ${code ?? signal}\n${tail}`));
    });
  });
}

const inConsumer = (file) => file.startsWith(`${consumer}${sep}node_modules${sep}`);

// ---- the run ------------------------------------------------------------------------------
let registry;
let localServer;

async function cleanup() {
  if (localServer && localServer.exitCode === null) localServer.kill("SIGTERM");
  await registry?.stop();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  if (build) {
    await check("build (turbo run build)", async () => {
      await run(process.execPath, [join(root, "scripts/turbo.mjs"), "run", "build"], {
        cwd: root,
        env: process.env,
        timeoutMs: 600_000,
      });
    });
  }

  let token;
  await check("verdaccio 6.8.0 starts with fresh storage, a user and a token", async () => {
    registry = await startRegistry(join(work, "registry"));
    token = await createToken(registry.url);
    return registry.url;
  });

  await check(`pnpm -r publish (${PACKAGES.length} packages)`, async () => {
    const npmrc = join(work, "publish.npmrc");
    const host = registry.url.replace(/^https?:/, "");
    writeFileSync(npmrc, `@noxus:registry=${registry.url}\n${host}:_authToken=${token}\n`);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key.toLowerCase() !== "npm_config_userconfig"),
    );
    env.NPM_CONFIG_USERCONFIG = npmrc;
    await run("pnpm", ["-r", "publish", "--no-git-checks", "--access", "public"], {
      cwd: root,
      env,
    });
  });

  await check("the registry has every package; manifests carry real ranges", async () => {
    for (const name of PACKAGES) {
      const response = await fetch(`${registry.url}${name.replace("/", "%2f")}`);
      assert(response.ok, `${name} is not in the registry (${response.status})`);
      const manifest = (await response.json()).versions?.[versions[name]];
      assert(manifest, `${name}@${versions[name]} is not in the registry`);
      for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
        for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
          assert(
            !/^(workspace|catalog|link|file):/.test(range),
            `${name} publishes ${field}.${dep} = "${range}"`,
          );
        }
      }
    }
    const workspace = await (await fetch(`${registry.url}@noxus%2fworkspace`)).json();
    const deps = workspace.versions[versions["@noxus/workspace"]].dependencies;
    const expected = `^${versions["@noxus/client"]}`;
    assert(
      deps["@noxus/client"] === expected,
      `@noxus/workspace depends on @noxus/client "${deps["@noxus/client"]}", expected "${expected}"`,
    );
    return `@noxus/workspace → @noxus/client ${expected}`;
  });

  await check("clean consumer project: npm install from the registry", async () => {
    assert(!`${consumer}${sep}`.startsWith(`${root}${sep}`), "the consumer is inside the repo");
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, "package.json"),
      `${JSON.stringify({ name: "noxus-consumer", private: true, type: "module" }, null, 2)}\n`,
    );
    // Only the @noxus scope comes from verdaccio; everything else from the npm registry.
    writeFileSync(join(consumer, ".npmrc"), `@noxus:registry=${registry.url}\n`);
    cpSync(fixtures, consumer, { recursive: true });
    // better-sqlite3 compiles from source: node-gyp needs the Node headers, offline.
    const args = ["install", "--no-audit", "--no-fund", "--loglevel=error", ...CONSUMER_DEPS];
    const { stdout } = await run("npm", ["config", "get", "nodedir"], {
      cwd: consumer,
      env: consumerEnv,
    });
    const nodedir = stdout.trim();
    if (!nodedir || nodedir === "undefined" || nodedir === "null") {
      const prefix = dirname(dirname(realpathSync(process.execPath)));
      if (existsSync(join(prefix, "include", "node", "node.h"))) args.push(`--nodedir=${prefix}`);
    }
    await run("npm", args, { cwd: consumer, env: consumerEnv, timeoutMs: 600_000 });
    const installed = JSON.parse(
      readFileSync(join(consumer, "node_modules/@noxus/workspace/package.json"), "utf8"),
    );
    assert(installed.version === versions["@noxus/workspace"], "unexpected @noxus/workspace");
    for (const [bin, name] of [
      ["noxus", "@noxus/cli"],
      ["noxus-local", "@noxus/local"],
    ]) {
      const link = join(consumer, "node_modules", ".bin", bin);
      assert(existsSync(link), `no ${bin} bin: the published ${name} lacks its dist (built?)`);
    }
  });

  await check(
    "nothing of the monorepo leaks in (real dirs, paths inside the consumer)",
    async () => {
      const scope = join(consumer, "node_modules", "@noxus");
      const names = readdirSync(scope).sort();
      assert(
        names.join() ===
          PACKAGES.map((name) => name.split("/")[1])
            .sort()
            .join(),
        `node_modules/@noxus holds ${names.join(", ")}`,
      );
      for (const name of names) {
        const dir = join(scope, name);
        assert(!lstatSync(dir).isSymbolicLink(), `node_modules/@noxus/${name} is a symlink`);
        assert(realpathSync(dir) === dir, `node_modules/@noxus/${name} resolves elsewhere`);
        assert(!existsSync(join(dir, "src")), `node_modules/@noxus/${name} ships src/`);
      }
      return names.map((name) => `@noxus/${name}`).join(", ");
    },
  );

  await check("ESM import of every package", async () => {
    const { stdout } = await run(process.execPath, ["esm.mjs"], {
      cwd: consumer,
      env: consumerEnv,
    });
    const report = JSON.parse(stdout);
    for (const [name, { exports, resolved }] of Object.entries(report)) {
      assert(inConsumer(fileURLToPath(resolved)), `${name} resolved to ${resolved}`);
      assert(exports.length > 0, `${name} has no exports`);
    }
    assert(report["@noxus/workspace"].exports.includes("Workspace"), "no Workspace export");
    assert(report["@noxus/local"].exports.includes("startLocalServer"), "no startLocalServer");
    assert(report["@noxus/client/node"].exports.includes("createUndiciFetch"), "no /node entry");
  });

  await check("require() (CJS) of the dual packages", async () => {
    const { stdout } = await run(process.execPath, ["cjs.cjs"], {
      cwd: consumer,
      env: consumerEnv,
    });
    const report = JSON.parse(stdout);
    for (const [name, { exports, resolved }] of Object.entries(report)) {
      assert(inConsumer(resolved), `${name} resolved to ${resolved}`);
      assert(resolved.endsWith(".js") && !resolved.endsWith(".mjs"), `${name} → ${resolved}`);
      assert(exports.length > 0, `${name} has no exports`);
    }
    assert(report["@noxus/workspace"].exports.includes("Workspace"), "no Workspace export");
    assert(report["@noxus/client"].exports.includes("createNoxusClient"), "no createNoxusClient");
    assert(report["@noxus/client/node"].exports.includes("createUndiciFetch"), "no /node entry");
  });

  await check("tsc type-checks a program (NodeNext, strict, @ts-expect-error)", async () => {
    await run("npx", ["--no", "--", "tsc", "-p", "tsconfig.json"], {
      cwd: consumer,
      env: consumerEnv,
    });
    const version = (
      await run("npx", ["--no", "--", "tsc", "--version"], { cwd: consumer, env: consumerEnv })
    ).stdout;
    return version.trim();
  });

  await check("the program runs against @noxus/local from the registry", async () => {
    const { stdout } = await run(process.execPath, ["dist/program.js"], {
      cwd: consumer,
      env: consumerEnv,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1));
    assert(result.status === "completed", `the run ended ${result.status}`);
    assert(result.greeting === "Hello Ada!", `output ${JSON.stringify(result.greeting)}`);
    assert(result.notFound === true, "a missing workflow was not a NoxusNotFoundError");
    return JSON.stringify(result);
  });

  await check("the noxus bin: --version and whoami --json against noxus-local", async () => {
    const version = (
      await run("npx", ["--no", "--", "noxus", "--version"], { cwd: consumer, env: consumerEnv })
    ).stdout.trim();
    assert(version === versions["@noxus/cli"], `noxus --version printed "${version}"`);

    const { url, apiKey } = await startConsumerServer();
    const { stdout } = await run("npx", ["--no", "--", "noxus", "whoami", "--json"], {
      cwd: consumer,
      env: { ...consumerEnv, NOXUS_API_KEY: apiKey, NOXUS_BACKEND_URL: url },
    });
    const me = JSON.parse(stdout);
    // The CLI's --json keys are snake_case (apps/cli/README.md).
    assert(me.tenant_admin === false, "the demo key is not a tenant-admin key");
    assert(typeof me.workspace_id === "string" && me.workspace_id, "no workspace id");
    assert(
      String(me.base_url).replace(/\/$/, "") === url.replace(/\/$/, ""),
      `base_url ${me.base_url}`,
    );
    return `noxus ${version}; whoami: ${me.workspace_name ?? me.workspace_id}`;
  });
}

/** `noxus-local serve --port 0 --seed demo` from the consumer's node_modules. */
function startConsumerServer() {
  const bin = realpathSync(join(consumer, "node_modules", ".bin", "noxus-local"));
  assert(inConsumer(bin), `noxus-local resolves to ${bin}`);
  localServer = spawn(
    process.execPath,
    [bin, "serve", "--port", "0", "--db", ":memory:", "--seed", "demo"],
    {
      cwd: consumer,
      env: consumerEnv,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`noxus-local did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk) => {
      output += chunk;
      const url = /listening on (\S+)/.exec(output)?.[1];
      const apiKey = /key \(set NOXUS_LOCAL_DEMO_KEY to keep it\): (\S+)/.exec(output)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        resolve({ url, apiKey });
      }
    };
    localServer.stdout.on("data", onData);
    localServer.stderr.on("data", onData);
    localServer.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`noxus-local exited with ${code}:\n${output}`));
    });
  });
}

try {
  await main();
} catch (error) {
  if (!(error instanceof StopRun)) {
    failed += 1;
    console.log(`FAIL  unexpected error: ${error.stack ?? error}`);
  }
  if (registry && failed > 0) {
    const log = registry.log().trim();
    if (log) console.log(`verdaccio log (tail):\n${log.split("\n").slice(-15).join("\n")}`);
  }
} finally {
  await cleanup();
}
console.log(`publish test took ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
