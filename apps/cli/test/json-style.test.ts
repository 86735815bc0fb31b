import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

// One JSON style for every --json output (apps/cli/README.md, "JSON output"): the API's own
// objects and the CLI's own ones alike use snake_case keys, and errors are one object on stdout.

const fixture = (path: string) => new URL(`./fixtures/${path}`, import.meta.url).pathname;

/** Keys whose values are the user's own data (inputs, outputs, definitions): not checked. */
const FREE_FORM = new Set(["input", "output", "outputs", "definition", "node_config", "settings"]);
// `settings_` is the API's own key (a KB's settings), trailing underscore and all.
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*_?$/;

/** Every key of a JSON document that is not snake_case, with its path. */
function badKeys(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => badKeys(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(SNAKE.test(key) ? [] : [`${path}.${key}`]),
    ...(FREE_FORM.has(key) ? [] : badKeys(child, `${path}.${key}`)),
  ]);
}

let bed: CliBed;
let env: Record<string, string>;
beforeAll(async () => {
  bed = await startCliBed();
  env = (await bed.workspace("cli-json")).env;
});
afterAll(() => bed.close());

const noxus = (args: string[], input?: string) =>
  runNoxus([...args, "--json"], { env, ...(input !== undefined ? { input } : {}) });

describe("--json", () => {
  it("every command's output is JSON with snake_case keys", async () => {
    const docs = mkdtempSync(join(tmpdir(), "noxus-json-"));
    writeFileSync(join(docs, "a.txt"), "Alpha beta gamma.");
    const outputs: Record<string, string> = {};
    const record = async (name: string, args: string[], input?: string) => {
      const result = await noxus(args, input);
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      outputs[name] = result.stdout;
      return JSON.parse(result.stdout) as Record<string, unknown>;
    };
    await record("whoami", ["whoami"]);
    const workflow = await record("workflows create", [
      "workflows",
      "create",
      "-f",
      fixture("workflows/greeter.json"),
      "--name",
      "Greeter",
    ]);
    await record("workflows list", ["workflows", "list"]);
    await record("workflows get", ["workflows", "get", "Greeter"]);
    const run = await record("run", [
      "run",
      "Greeter",
      "--input",
      "name=Ada",
      "--input",
      "greeting=Hello",
      "--wait",
    ]);
    await record("runs list", ["runs", "list", "Greeter"]);
    await record("runs list (all)", ["runs", "list"]);
    await record("runs get", ["runs", "get", String(run.run_id ?? run.id)]);
    await record("kb create", ["kb", "create", "Docs"]);
    await record("kb upload", ["kb", "upload", "Docs", docs, "--wait"]);
    await record("kb list", ["kb", "list"]);
    await record("kb docs", ["kb", "docs", "Docs"]);
    await record("kb search", ["kb", "search", "Docs", "beta"]);
    await record("agents create", ["agents", "create", "Helper", "--model", "noxus-local-echo"]);
    await record("agents list", ["agents", "list"]);
    await record("agents delete", ["agents", "delete", "Helper", "--yes"]);
    await record("workflows delete", ["workflows", "delete", String(workflow.id), "--yes"]);
    const chat = await noxus(["chat", "--model", "noxus-local-echo", "-m", "hi"]);
    outputs.chat = chat.stdout;

    const offenders = Object.entries(outputs).flatMap(([name, text]) =>
      badKeys(JSON.parse(text)).map((key) => `${name}: ${key}`),
    );
    expect(offenders).toEqual([]);
  });

  it("an error is one JSON object on stdout, with the exit code", async () => {
    const notFound = await noxus(["workflows", "get", "No such workflow"]);
    expect(notFound.code).toBe(4);
    const body = notFound.json<{ error: Record<string, unknown> }>();
    expect(body).toEqual({
      error: {
        code: expect.any(String),
        message: expect.stringContaining('No workflow with the id or name "No such workflow"'),
        hint: expect.stringContaining("noxus workflows list"),
        // The CLI's own lookup found nothing: not an API answer, so no HTTP status.
        status: null,
      },
    });

    const usage = await noxus(["kb", "delete", "whatever"]);
    expect(usage.code).toBe(4);

    const refused = await noxus(["agents", "create", "No model"]);
    expect(refused.code).toBe(2);
    expect(refused.json()).toEqual({
      error: {
        code: expect.any(String),
        message: "An agent needs a model.",
        hint: expect.stringContaining("--model"),
        status: null,
      },
    });

    const badKey = await runNoxus(["workflows", "list", "--json"], {
      env: { ...env, NOXUS_API_KEY: "nxl_wrong-key-0000000000000000" },
    });
    expect(badKey.code).toBe(3);
    expect(badKey.json<{ error: { status: number } }>().error.status).toBe(401);
    expect(badKey.stdout).not.toContain("wrong-key");
  });
});
