import type { Agent, AgentDefinitionInput, Workspace } from "@noxus/workspace";
import { InvalidArgumentError } from "commander";
import type { CliContext } from "../context.js";
import { UsageError } from "../exit-codes.js";
import { confirmDestructive, YES_OPTION } from "../lib/confirm.js";
import { readJsonObjectFile } from "../lib/json-file.js";
import type { RegisterCommands } from "./index.js";
import { pickByIdOrName } from "./lookup.js";
import { shortTime } from "./workflows/resolve.js";

const HELP = `
An agent is named by its id or its exact name. Talk to one with \`noxus chat <agent>\`.

Examples:
  noxus agents list
  noxus agents create Support --model gpt-4o --temperature 0.2 --persona "A patient helper"
  noxus agents create Support -f support-definition.json
  noxus agents get Support --json
  noxus agents delete Support --yes`;

function temperature(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a number ≥ 0, e.g. 0.2.");
  }
  return parsed;
}

/** The models an agent answers with (the backend's `model_selection`, else `model`). */
function modelsOf(agent: Agent): string {
  const definition = agent.definition as { model_selection?: string[]; model?: string[] };
  return (definition.model_selection ?? definition.model ?? []).join(", ");
}

/** The agent a command names, by id or exact name (every page is read). */
export async function resolveAgent(cli: CliContext, ws: Workspace, ref: string): Promise<Agent> {
  const all = await ws.agents.list(cli.call).toArray();
  return pickByIdOrName(all, ref, "agent", "noxus agents list");
}

interface CreateOptions {
  file?: string;
  model?: string[];
  temperature?: number;
  persona?: string;
  instructions?: string;
}

/** `noxus agents list|get|create|delete`. */
export const registerAgents: RegisterCommands = (program, contextFor) => {
  const agents = program
    .command("agents")
    .description("list, show, create and delete agents")
    .addHelpText("after", HELP);

  agents
    .command("list")
    .alias("ls")
    .description("every agent of the workspace (all pages)")
    .action(async (_options, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const all = await ws.agents.list(cli.call).toArray();
      cli.output.result(all, () =>
        cli.output.table(
          ["ID", "NAME", "MODEL", "UPDATED"],
          all.map((agent) => [
            agent.id,
            agent.name,
            modelsOf(agent),
            shortTime(agent.last_updated_at),
          ]),
        ),
      );
    });

  agents
    .command("get")
    .description("show one agent (--json: the whole agent)")
    .argument("<agent>", "agent id or exact name")
    .action(async (ref: string, _options, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const agent = await resolveAgent(cli, ws, ref);
      cli.output.result(agent, () =>
        cli.output.details([
          ["id", agent.id],
          ["name", agent.name],
          ["model", modelsOf(agent)],
          ["temperature", agent.definition.temperature],
          ["tools", (agent.definition.tools ?? []).map((tool) => tool.type).join(", ") || "(none)"],
          ["persona", agent.definition.persona],
          ["updated", shortTime(agent.last_updated_at)],
        ]),
      );
    });

  agents
    .command("create")
    .description("create an agent from options or a JSON definition file")
    .argument("<name>", "the agent's name")
    .option("-f, --file <path>", "JSON file with the definition { model, temperature, tools?, … }")
    .option("--model <model...>", "the model(s) it answers with (overrides the file's)")
    .option(
      "--temperature <t>",
      "sampling temperature (default: the file's, else 0.2)",
      temperature,
    )
    .option("--persona <text>", "who the agent is")
    .option("--instructions <text>", "extra instructions")
    .action(async (name: string, options: CreateOptions, command) => {
      const cli = contextFor(command);
      const fromFile = options.file ? await readJsonObjectFile(options.file, cli.signal) : {};
      const definition = {
        ...fromFile,
        ...(options.model ? { model: options.model } : {}),
        temperature: options.temperature ?? fromFile.temperature ?? 0.2,
        ...(options.persona !== undefined ? { persona: options.persona } : {}),
        ...(options.instructions !== undefined ? { extra_instructions: options.instructions } : {}),
      } as AgentDefinitionInput;
      if (definition.model === undefined && definition.model_selection === undefined) {
        throw new UsageError(
          "An agent needs a model.",
          'Give --model <name> (e.g. --model gpt-4o), or a file with { "model": … }.',
        );
      }
      const ws = await cli.workspace();
      const agent = await ws.agents.create({ name, definition }, cli.call);
      cli.output.result(agent, () =>
        cli.output.line(
          `Created agent "${agent.name}" (${agent.id}); talk to it with: noxus chat ${agent.id}`,
        ),
      );
    });

  agents
    .command("delete")
    .alias("rm")
    .description("delete an agent")
    .argument("<agent>", "agent id or exact name")
    .option(...YES_OPTION)
    .action(async (ref: string, options: { yes?: boolean }, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const agent = await resolveAgent(cli, ws, ref);
      const confirmed = await confirmDestructive(`Delete agent "${agent.name}" (${agent.id})?`, {
        yes: options.yes,
        signal: cli.signal,
      });
      if (!confirmed) {
        cli.output.note("Not deleted.");
        return;
      }
      await ws.agents.delete(agent.id, cli.call);
      const result = { id: agent.id, name: agent.name, deleted: true };
      cli.output.result(result, () =>
        cli.output.line(`Deleted agent "${agent.name}" (${agent.id}).`),
      );
    });
};
