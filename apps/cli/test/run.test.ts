import { createLocalModel, type ModelProvider } from "@noxus/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

const fixture = (path: string) => new URL(`./fixtures/${path}`, import.meta.url).pathname;

/** The local echo model, except that a prompt containing "boom" fails. */
function failingOnBoom(): ModelProvider {
  const local = createLocalModel();
  return {
    name: "boom",
    models: () => local.models(),
    async complete(request) {
      if (request.messages.some((turn) => turn.content.includes("boom"))) {
        throw new Error("the model exploded on boom");
      }
      return local.complete(request);
    },
  };
}

let bed: CliBed;
let env: Record<string, string>;
let workflowId: string;
beforeAll(async () => {
  bed = await startCliBed({ models: failingOnBoom() });
  env = (await bed.workspace("run")).env;
  const created = await runNoxus(
    ["workflows", "create", "-f", fixture("workflows/greeter.json"), "--json"],
    { env },
  );
  workflowId = created.json<{ id: string }>().id;
});
afterAll(() => bed.close());

const noxus = (args: string[]) => runNoxus(args, { env });

interface RunJson {
  id: string;
  workflow_id: string;
  workflow: string;
  status: string;
  outputs: Record<string, string>;
  error?: string;
}

describe("noxus run", () => {
  it("--wait prints the output, with node progress on stderr", async () => {
    const result = await noxus([
      "run",
      "Greeter",
      "--input-file",
      fixture("run/input.json"),
      "--input",
      "greeting=Good morning",
      "--wait",
    ]);
    expect(result.code).toBe(0);
    // --input beats --input-file; the output is the rendered template.
    expect(result.stdout).toBe("Good morning, Ada!\n");
    expect(result.stderr).toMatch(/^run [0-9a-f-]{36} of Greeter started$/m);
    expect(result.stderr).toMatch(/^ {2}Generate: running$/m);
    expect(result.stderr).toMatch(/^ {2}Generate: completed$/m);
    expect(result.stderr).toMatch(/✓ run [0-9a-f-]{36} completed/);
  });

  it("--wait --json prints one JSON document with the outputs by label", async () => {
    const result = await noxus([
      "run",
      workflowId,
      "-i",
      "name=Grace",
      "-i",
      "greeting=Hi=there",
      "--wait",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const run = result.json<RunJson>();
    expect(run).toMatchObject({
      workflow_id: workflowId,
      workflow: "Greeter",
      status: "completed",
      outputs: { Greeting: "Hi=there, Grace!" },
    });
  });

  it("without --wait starts the run and prints its id", async () => {
    const result = await noxus([
      "run",
      "Greeter",
      "--input-file",
      fixture("run/input.json"),
      "--json",
    ]);
    expect(result.code).toBe(0);
    const started = result.json<RunJson>();
    expect(started.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(["queued", "running", "completed"]).toContain(started.status);
    const human = await noxus(["run", "Greeter", "--input-file", fixture("run/input.json")]);
    expect(human.stdout).toMatch(/^run\s+[0-9a-f-]{36}$/m);
    expect(human.stderr).toMatch(/Follow it with: noxus runs get/);
  });

  it("--stream --json prints the events as JSON lines, then the result", async () => {
    const result = await noxus([
      "run",
      "Greeter",
      "--input-file",
      fixture("run/input.json"),
      "--stream",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            type: string;
            redisId?: string;
            data?: { workflow_status?: string };
          },
      );
    const last = lines.at(-1) as unknown as RunJson & { type: string };
    expect(last).toMatchObject({
      type: "result",
      status: "completed",
      outputs: { Greeting: "Hello, Ada!" },
    });
    const events = lines.slice(0, -1);
    expect(events.length).toBeGreaterThan(3);
    expect(events.every((event) => typeof event.redisId === "string")).toBe(true);
    expect(events.at(-1)?.data?.workflow_status).toBe("completed");

    const human = await noxus([
      "run",
      "Greeter",
      "--input-file",
      fixture("run/input.json"),
      "--stream",
    ]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/node\s+Generate completed {2}Hello, Ada!/);
    expect(human.stdout).toMatch(/end\s+run completed/);
    expect(human.stdout.trim().split("\n").at(-1)).toBe("Hello, Ada!");
  });

  it("a failed run exits 1 with the run's error", async () => {
    const result = await noxus([
      "run",
      "Greeter",
      "-i",
      "name=boom",
      "-i",
      "greeting=Hi",
      "--wait",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ {2}Generate: failed/m);
    expect(result.stderr).toMatch(
      /^error: Run [0-9a-f-]{36} of "Greeter" failed: .*exploded on boom/m,
    );
    expect(result.stderr).toMatch(/^hint: See which node failed with `noxus runs get /m);

    const json = await noxus([
      "run",
      "Greeter",
      "-i",
      "name=boom",
      "-i",
      "greeting=Hi",
      "--wait",
      "--json",
    ]);
    expect(json.code).toBe(1);
    expect(json.json<RunJson>()).toMatchObject({ status: "failed", outputs: {} });
    expect(json.json<RunJson>().error).toMatch(/exploded on boom/);
  });

  it("exits 4 for a workflow that does not exist", async () => {
    const byName = await noxus(["run", "Nope", "--wait"]);
    expect(byName.code).toBe(4);
    expect(byName.stderr).toMatch(/No workflow with the id or name "Nope"/);
    const byId = await noxus(["run", "00000000-0000-4000-8000-000000000999"]);
    expect(byId.code).toBe(4);
  });

  it("exits 2 for inputs that do not fit, naming the workflow's inputs", async () => {
    const unknown = await noxus([
      "run",
      "Greeter",
      "--input-file",
      fixture("run/input.json"),
      "-i",
      "colour=red",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No input node of this workflow is keyed "colour"/);
    expect(unknown.stderr).toMatch(/^hint: Its inputs: name, greeting/m);
    const malformed = await noxus(["run", "Greeter", "--input", "name"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/is not key=value/);
    const missingFile = await noxus(["run", "Greeter", "--input-file", fixture("run/nope.json")]);
    expect(missingFile.code).toBe(2);
  });

  it("exits 3 with a bad key", async () => {
    const result = await runNoxus(["run", "Greeter", "--wait"], {
      env: { NOXUS_API_KEY: "nxl_not-a-real-key-123456789", NOXUS_BACKEND_URL: bed.server.url },
    });
    expect(result.code).toBe(3);
  });
});
