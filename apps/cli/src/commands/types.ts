import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { generateCatalogTypes, generateWorkflowTypes } from "@noxus/workspace";
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { UsageError } from "../exit-codes.js";
import type { RegisterCommands } from "./index.js";

const HELP = `
Writes TypeScript for @noxus/workspace from what the current profile's server holds, so
that the compiler checks node types, config keys, connector names, workflow inputs and
output labels. Without --out the source goes to stdout.

Examples:
  noxus types catalog --out src/noxus-catalog.ts      # builder typed with your server's nodes
  noxus types workflows --out src/noxus-workflows.ts  # ws.workflows.typed(workflowTypes.Summarise)`;

/** Prints `source`, or writes it to `out` and says what it wrote (`--json`: `{ file, count }`). */
async function emit(
  cli: CliContext,
  source: string,
  out: string | undefined,
  count: number,
  what: "nodeTypes" | "workflows",
): Promise<void> {
  if (out === undefined) {
    cli.output.stdout.write(source);
    return;
  }
  const file = resolve(out);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, source, { signal: cli.signal });
  } catch (error) {
    if (cli.signal.aborted) throw error;
    throw new UsageError(
      `Cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      "Give --out a path in a directory you can write to.",
    );
  }
  cli.output.result({ file, [what]: count }, () =>
    cli.output.line(
      `Wrote the types of ${count} ${what === "nodeTypes" ? "node type" : "workflow"}${count === 1 ? "" : "s"} to ${out}.`,
    ),
  );
}

/** `noxus types catalog|workflows [--out FILE]`. */
export const registerTypes: RegisterCommands = (program, contextFor) => {
  const types = program
    .command("types")
    .description("generate TypeScript types from the node catalog and the saved workflows")
    .addHelpText("after", HELP);

  types
    .command("catalog")
    .description("types of the server's node catalog, registered as the builder's default")
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action(async (options: { out?: string }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const catalog = await ws.workflows.catalog(cli.call);
      const source = generateCatalogTypes(catalog.definitions, {
        source: `the node catalog (GET /v1/nodes) of ${ws.client.baseUrl}`,
        regenerate: `noxus types catalog --out ${options.out ?? "<this file>"}`,
      });
      await emit(cli, source, options.out, catalog.types.length, "nodeTypes");
    });

  types
    .command("workflows")
    .description("inputs and output labels of the workspace's workflows, for ws.workflows.typed()")
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action(async (options: { out?: string }, command: Command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const [workflows, catalog] = await Promise.all([
        ws.workflows.list({ ...cli.call, type: "flow" }).toArray(),
        ws.workflows.catalog(cli.call),
      ]);
      const source = generateWorkflowTypes(workflows, catalog.definitions, {
        source: `the workflows of workspace ${ws.name ?? ws.id ?? "(unnamed)"} at ${ws.client.baseUrl}`,
        regenerate: `noxus types workflows --out ${options.out ?? "<this file>"}`,
      });
      await emit(cli, source, options.out, workflows.length, "workflows");
    });
};
