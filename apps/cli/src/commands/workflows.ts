import type { Workflow, WorkflowDefinition } from "@noxus/workspace";
import type { Command } from "commander";
import { UsageError } from "../exit-codes.js";
import { confirmDestructive, YES_OPTION } from "../lib/confirm.js";
import { readJsonObjectFile } from "../lib/json-file.js";
import type { RegisterCommands } from "./index.js";
import { inputNames, outputNames, resolveWorkflow, shortTime } from "./workflows/resolve.js";

const HELP = `
A workflow is named by its id or by its exact name (a name shared by several workflows
must be given as an id).

Examples:
  noxus workflows list
  noxus workflows get Summarise --json > summarise.json
  noxus workflows create -f summarise.json --name "Summarise v2"
  noxus workflows delete "Summarise v2" --yes`;

const CREATE_HELP = `
The file holds either { "name", "type"?, "definition" } (what \`workflows get --json\`
prints, so a workflow can be copied) or just a definition { "nodes", "edges" } with --name.
--name and --type override the file's. Use -f - to read stdin.

Examples:
  noxus workflows create -f greeter.json
  noxus workflows create -f definition.json --name Greeter --type flow`;

const WORKFLOW_TYPES = ["flow", "agent_flow", "handler", "ingestion"];

/** The columns `workflows list` shows, and its --json items. */
function summary(workflow: Workflow) {
  return {
    id: workflow.id,
    name: workflow.name,
    type: workflow.type,
    createdAt: workflow.created_at ?? null,
    updatedAt: workflow.last_updated_at ?? workflow.created_at ?? null,
  };
}

/** `noxus workflows list|get|create|delete`. */
export const registerWorkflows: RegisterCommands = (program, contextFor) => {
  const workflows = program
    .command("workflows")
    .alias("wf")
    .description("list, show, create and delete workflows")
    .addHelpText("after", HELP);

  workflows
    .command("list")
    .alias("ls")
    .description("every workflow of the workspace (all pages)")
    .option("--type <type>", `only workflows of this type (${WORKFLOW_TYPES.join(", ")})`)
    .action(async (options: { type?: string }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const items: ReturnType<typeof summary>[] = [];
      const list = ws.workflows.list({
        ...cli.call,
        ...(options.type ? { type: options.type as Workflow["type"] } : {}),
      });
      for await (const workflow of list) items.push(summary(workflow));
      cli.output.result(items, () =>
        cli.output.table(
          ["id", "name", "type", "updated"],
          items.map((item) => [item.id, item.name, item.type, shortTime(item.updatedAt)]),
        ),
      );
    });

  workflows
    .command("get <workflow>")
    .description("show one workflow: its inputs, outputs and nodes (--json: the whole workflow)")
    .action(async (ref: string, _options, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const workflow = await resolveWorkflow(ws, ref, cli.call);
      cli.output.result(workflow, () => {
        const nodes = workflow.definition?.nodes ?? [];
        cli.output.details([
          ["id", workflow.id],
          ["name", workflow.name],
          ["type", workflow.type],
          ["created", shortTime(workflow.created_at)],
          ["updated", shortTime(workflow.last_updated_at ?? workflow.created_at)],
          ["inputs", inputNames(workflow.definition).join(", ") || "(none)"],
          ["outputs", outputNames(workflow.definition).join(", ") || "(none)"],
          ["nodes", `${nodes.length}: ${nodes.map((node) => node.type).join(", ")}`],
        ]);
      });
    });

  workflows
    .command("create")
    .description("create a workflow from a JSON file")
    .requiredOption("-f, --file <path>", "JSON file: { name, type?, definition } or a definition")
    .option("--name <name>", "the workflow's name (overrides the file's)")
    .option("--type <type>", `${WORKFLOW_TYPES.join(" or ")} (default: the file's, else flow)`)
    .addHelpText("after", CREATE_HELP)
    .action(async (options: { file: string; name?: string; type?: string }, command: Command) => {
      const cli = contextFor(command);
      const input = await readWorkflowFile(options.file, cli.signal);
      const name = options.name ?? input.name;
      if (!name) {
        throw new UsageError(
          `${options.file} has no "name".`,
          'Give one with --name, or put { "name", "definition" } in the file.',
        );
      }
      const type = options.type ?? input.type;
      if (type !== undefined && !WORKFLOW_TYPES.includes(type)) {
        throw new UsageError(
          `Unknown workflow type "${type}".`,
          `Use one of: ${WORKFLOW_TYPES.join(", ")}.`,
        );
      }
      const ws = await cli.workspace();
      const workflow = await ws.workflows.create(
        {
          name,
          definition: input.definition,
          ...(type ? { type: type as Workflow["type"] } : {}),
        },
        cli.call,
      );
      cli.output.result(workflow, () => {
        cli.output.line(`${cli.output.colors.green("✓")} Created workflow "${workflow.name}".`);
        cli.output.details([
          ["id", workflow.id],
          ["name", workflow.name],
          ["type", workflow.type],
          ["inputs", inputNames(workflow.definition).join(", ") || "(none)"],
          ["outputs", outputNames(workflow.definition).join(", ") || "(none)"],
        ]);
      });
    });

  workflows
    .command("delete <workflow>")
    .alias("rm")
    .description("delete a workflow (the server stops its runs in flight)")
    .option(...YES_OPTION)
    .action(async (ref: string, options: { yes?: boolean }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const workflow = await resolveWorkflow(ws, ref, cli.call);
      const question = `Delete workflow "${workflow.name}" (${workflow.id})?`;
      if (!(await confirmDestructive(question, { yes: options.yes, signal: cli.signal }))) {
        cli.output.note("Not deleted.");
        return;
      }
      await ws.workflows.delete(workflow.id, cli.call);
      const result = { deleted: workflow.id, name: workflow.name };
      cli.output.result(result, () =>
        cli.output.line(`Deleted workflow "${workflow.name}" (${workflow.id}).`),
      );
    });
};

interface WorkflowFile {
  name?: string;
  type?: string;
  definition: WorkflowDefinition;
}

async function readWorkflowFile(path: string, signal: AbortSignal): Promise<WorkflowFile> {
  const record = await readJsonObjectFile(path, signal);
  const asString = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  if (record.definition !== undefined) {
    if (!isDefinition(record.definition)) {
      throw new UsageError(
        `"definition" in ${path} must be an object with "nodes" and "edges" arrays.`,
      );
    }
    const name = asString(record.name);
    const type = asString(record.type);
    return {
      definition: record.definition,
      ...(name ? { name } : {}),
      ...(type ? { type } : {}),
    };
  }
  if (isDefinition(record)) return { definition: record };
  throw new UsageError(
    `${path} holds neither { "name", "definition" } nor a definition { "nodes", "edges" }.`,
  );
}

function isDefinition(value: unknown): value is WorkflowDefinition {
  const record = value as { nodes?: unknown; edges?: unknown } | null;
  return (
    record !== null &&
    typeof record === "object" &&
    Array.isArray(record.nodes) &&
    Array.isArray(record.edges)
  );
}
