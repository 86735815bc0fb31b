import { type CompletionChunk, createLocalModel, type ModelProvider } from "@noxus/local";
import { Workspace } from "@noxus/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";

// The local server's built-in model answers with the last user message, verbatim.
const MODEL = "noxus-local-echo";

let bed: CliBed;
let env: Record<string, string>;
let ws: Workspace;
beforeAll(async () => {
  bed = await startCliBed();
  const created = await bed.workspace("cli-chat");
  env = created.env;
  ws = await Workspace.connect({ apiKey: created.key, baseUrl: bed.server.url, env: {} });
});
afterAll(() => bed.close());

describe("noxus chat", () => {
  it("answers a one-shot --message with --model", async () => {
    const result = await runNoxus(["chat", "--model", MODEL, "--message", "Hello there"], { env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Hello there\n");

    const json = await runNoxus(["chat", "--model", MODEL, "-m", "as JSON", "--json"], { env });
    expect(json.code).toBe(0);
    const reply = json.json<{ conversation_id: string; message: string; reply: string }>();
    expect(reply).toMatchObject({ message: "as JSON", reply: "as JSON" });
    // The conversation was made with the default temperature.
    const conversation = await ws.conversations.get(reply.conversation_id);
    expect(conversation.data.settings).toMatchObject({ temperature: 0.4 });
  });

  it("reads piped stdin line by line: one reply per line, until EOF", async () => {
    const result = await runNoxus(["chat", "--model", MODEL, "--temperature", "0"], {
      env,
      input: "first question\n\nsecond question\n",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("first question\nsecond question\n");

    const json = await runNoxus(["chat", "--model", MODEL, "--json"], {
      env,
      input: "one\ntwo\n/exit\nnever sent\n",
    });
    expect(json.code).toBe(0);
    const lines = json.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { conversation_id: string; reply: string });
    expect(lines.map((line) => line.reply)).toEqual(["one", "two"]);
    expect(lines[0]?.conversation_id).toBe(lines[1]?.conversation_id);
    // Both turns went to the same conversation, in order.
    const conversation = await ws.conversations.get(lines[0]?.conversation_id ?? "");
    expect(conversation.messages).toHaveLength(4);
  });

  it("talks to an agent named by name or id", async () => {
    const agent = await ws.agents.create({
      name: "Echo agent",
      definition: { model: MODEL, temperature: 0, persona: "You repeat things." },
    });
    const byName = await runNoxus(["chat", "Echo agent", "--message", "ping"], { env });
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe("ping\n");

    const byId = await runNoxus(["chat", agent.id, "--json"], { env, input: "a\nb\n" });
    expect(byId.code).toBe(0);
    const replies = byId.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { reply: string }).reply);
    expect(replies).toEqual(["a", "b"]);
    const id = (JSON.parse(byId.stdout.split("\n")[0] ?? "") as { conversation_id: string })
      .conversation_id;
    expect((await ws.conversations.get(id)).agentId).toBe(agent.id);
  });

  it("exits 4 for an unknown agent and 2 without an agent or --model", async () => {
    const unknown = await runNoxus(["chat", "Nobody", "-m", "hi"], { env });
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/^error: No agent with the id or name "Nobody"/m);
    const neither = await runNoxus(["chat", "-m", "hi"], { env });
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/Name an agent or give --model/);
    const both = await runNoxus(["chat", "Echo agent", "--model", MODEL, "-m", "hi"], { env });
    expect(both.code).toBe(2);
  });

  it("with a slow model: each answer printed once as it arrives; Ctrl-C exits 130", async () => {
    const slow = await startCliBed({ models: createLocalModel({ delayMs: 700 }) });
    try {
      const slowEnv = (await slow.workspace("cli-chat-slow")).env;
      // The event stream opens before the reply exists and carries it when it comes.
      const result = await runNoxus(["chat", "--model", MODEL], {
        env: slowEnv,
        input: "slow one\nslow two\n",
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("slow one\nslow two\n");

      // Ctrl-C once the message is on the server (the reply is then in progress), not after a
      // fixed delay: a busy machine may not have started the CLI's handlers by then.
      const conversations = () =>
        fetch(`${slowEnv.NOXUS_BACKEND_URL}/v1/conversations`, {
          headers: { "X-API-Key": slowEnv.NOXUS_API_KEY ?? "" },
        })
          .then((response) => response.json() as Promise<{ total: number }>)
          .then((list) => list.total);
      const before = await conversations();
      const interrupted = await runNoxus(["chat", "--model", MODEL, "-m", "never answered"], {
        env: slowEnv,
        onSpawn: (child) => {
          void (async () => {
            for (;;) {
              if ((await conversations()) > before || child.exitCode !== null) break;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
            child.kill("SIGINT");
          })();
        },
      });
      expect(interrupted.code).toBe(130);
      expect(interrupted.stdout).toBe("");
      expect(interrupted.stderr).toMatch(/^error: interrupted$/m);
    } finally {
      await slow.close();
    }
  });

  it("prints the answer while the model writes it, and a failed reply as an error (exit 1)", async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const local = createLocalModel();
    // Writes half its answer, then waits until the CLI has printed that half; "fail" fails.
    const held: ModelProvider = {
      name: "held",
      models: local.models,
      complete: local.complete,
      async *stream(request): AsyncGenerator<CompletionChunk> {
        if (request.messages.at(-1)?.content === "fail") throw new Error("provider unreachable");
        yield { type: "delta", text: "first half" };
        await released;
        yield { type: "delta", text: ", second half" };
        yield { type: "done", completion: { text: "first half, second half", model: "held" } };
      },
    };
    const own = await startCliBed({ models: held });
    try {
      const ownEnv = (await own.workspace("cli-chat-held")).env;
      const result = await runNoxus(["chat", "--model", MODEL, "-m", "go"], {
        env: ownEnv,
        onSpawn: (child) => {
          // Were the answer printed only once whole, this would never fire and the turn never end.
          child.stdout?.on("data", (chunk: Buffer) => {
            if (chunk.toString().includes("first half")) release();
          });
        },
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("first half, second half\n");

      const failed = await runNoxus(["chat", "--model", MODEL, "-m", "fail"], { env: ownEnv });
      expect(failed.code).toBe(1);
      expect(failed.stdout).toBe("");
      expect(failed.stderr).toMatch(/^error: No reply: provider unreachable\.$/m);

      // Interactive: the failed turn is reported and the conversation goes on.
      const goesOn = await runNoxus(["chat", "--model", MODEL], {
        env: ownEnv,
        input: "fail\nfail\n",
      });
      expect(goesOn.code).toBe(0);
      expect(goesOn.stderr.match(/No reply: provider unreachable/g)).toHaveLength(2);
    } finally {
      await own.close();
    }
  });
});
