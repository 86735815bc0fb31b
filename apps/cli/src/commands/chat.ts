import { createInterface } from "node:readline";
import { defined } from "@noxus/client/internal";
import type { ConversationHandle, Workspace } from "@noxus/workspace/node";
import { InvalidArgumentError } from "commander";
import type { CliContext } from "../context.js";
import { CliError, UsageError } from "../exit-codes.js";
import { streamTurn } from "./chat/turn.js";
import type { RegisterCommands } from "./index.js";
import { pickByIdOrName } from "./lookup.js";

const HELP_AFTER = `
Interactive: type a message and press Enter; the answer is printed as it arrives. Leave
with /exit or Ctrl-D (end of input). Piped stdin is read line by line, one message a line.
With --json each reply is one JSON line: {"conversation_id","message","reply"}.

Examples:
  noxus chat Support                                  # talk to the agent "Support"
  noxus chat --model gpt-4o --temperature 0.2
  noxus chat --model gpt-4o --message "Summarise our refund policy"
  printf 'hello\\nhow are you?\\n' | noxus chat Support`;

interface ChatOptions {
  model?: string;
  temperature: number;
  maxTokens?: number;
  message?: string;
  name?: string;
}

function temperature(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a number ≥ 0, e.g. 0.4.");
  }
  return parsed;
}

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError("expected a positive integer.");
  }
  return parsed;
}

/** The conversation: with the named agent, or with the given model settings. */
async function openConversation(
  cli: CliContext,
  ws: Workspace,
  agentRef: string | undefined,
  options: ChatOptions,
): Promise<{ conversation: ConversationHandle; with: string }> {
  const name = options.name ?? `noxus chat ${new Date().toISOString()}`;
  if (agentRef !== undefined) {
    const agents = await ws.agents.list(cli.call).toArray();
    const agent = pickByIdOrName(agents, agentRef, "agent", "noxus agents list");
    const conversation = await ws.conversations.create({ name, agentId: agent.id }, cli.call);
    return { conversation, with: `agent ${agent.name}` };
  }
  const conversation = await ws.conversations.create(
    {
      name,
      settings: {
        model: options.model as string,
        temperature: options.temperature,
        ...defined({ max_tokens: options.maxTokens }),
      },
    },
    cli.call,
  );
  return { conversation, with: `model ${options.model}` };
}

/** `noxus chat <agent|--model m>`: an interactive conversation, answers streamed. */
export const registerChat: RegisterCommands = (program, contextFor) => {
  program
    .command("chat")
    .description("chat with an agent or a model; answers are streamed as they arrive")
    .argument("[agent]", "agent id or exact name (or use --model)")
    .option("--model <model>", "chat with this model instead of an agent, e.g. gpt-4o")
    .option("--temperature <t>", "with --model: sampling temperature", temperature, 0.4)
    .option("--max-tokens <n>", "with --model: longest answer, in tokens", positiveInt)
    .option("-m, --message <text>", "send this one message, print the answer and exit")
    .option("--name <name>", "the conversation's name (default: noxus chat <time>)")
    .addHelpText("after", HELP_AFTER)
    .action(async (agentRef: string | undefined, options: ChatOptions, command) => {
      const cli = contextFor(command);
      if ((agentRef === undefined) === (options.model === undefined)) {
        throw new UsageError(
          agentRef === undefined
            ? "Name an agent or give --model."
            : "Give an agent or --model, not both: an agent brings its own model.",
          "noxus chat <agent>  or  noxus chat --model <model>",
        );
      }
      if (options.message !== undefined && !options.message.trim()) {
        throw new UsageError("--message is empty.", 'e.g. --message "hello"');
      }
      const ws = await cli.workspace();
      const opened = await openConversation(cli, ws, agentRef, options);
      const session = new ChatSession(cli, opened.conversation);
      if (options.message !== undefined) {
        const errors = await session.send(options.message);
        if (errors.length > 0) throw new CliError("failed", errors.join(" "));
        return;
      }
      await session.interactive(opened.with);
    });
};

class ChatSession {
  constructor(
    private readonly cli: CliContext,
    private readonly conversation: ConversationHandle,
  ) {}

  /** Sends one message and prints the answer; resolves with the reply's error parts. */
  async send(message: string): Promise<string[]> {
    const { output } = this.cli;
    const result = await streamTurn(this.conversation, message, {
      signal: this.cli.signal,
      // With --json each reply is one JSON line, written once it is whole.
      onText: (text) => {
        if (!output.json) output.stdout.write(text);
      },
    });
    if (output.json) {
      output.jsonLine({
        conversationId: this.conversation.id,
        message,
        reply: result.text,
        ...(result.errors.length > 0 ? { errors: result.errors } : {}),
      });
    } else {
      if (result.text) output.stdout.write("\n");
      for (const error of result.errors) output.error(error);
    }
    return result.errors;
  }

  /** Reads messages from stdin (a prompt on a terminal) until EOF or /exit. */
  async interactive(partner: string): Promise<void> {
    const { output, signal } = this.cli;
    const input = process.stdin;
    const terminal = Boolean(input.isTTY);
    const lines = createInterface({
      input,
      ...(terminal ? { output: output.stderr, terminal: true } : {}),
    });
    const close = () => lines.close();
    signal.addEventListener("abort", close, { once: true });
    let atPrompt = false;
    // On a terminal, readline takes Ctrl-C itself: pass it on as the CLI's interrupt.
    lines.on("SIGINT", () => {
      if (atPrompt) output.stderr.write("\n");
      process.kill(process.pid, "SIGINT");
    });
    try {
      if (terminal) {
        output.note(output.colors.dim(`chatting with ${partner} — /exit or Ctrl-D to leave`));
        lines.setPrompt(output.colors.cyan("› "));
        lines.prompt();
        atPrompt = true;
      }
      for await (const line of lines) {
        atPrompt = false;
        const message = line.trim();
        if (message === "/exit" || message === "/quit") break;
        // A failed reply is reported (stderr) and the conversation goes on.
        if (message) await this.send(message);
        if (terminal) {
          lines.prompt();
          atPrompt = true;
        }
      }
    } finally {
      signal.removeEventListener("abort", close);
      lines.close();
    }
    if (signal.aborted) throw signal.reason ?? new Error("interrupted");
  }
}
