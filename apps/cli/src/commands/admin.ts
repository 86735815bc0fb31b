import { defined } from "@noxus/client/internal";
import type { Admin, Workspace } from "@noxus/workspace/node";
import type { CliContext } from "../context.js";
import { confirmDestructive, YES_OPTION } from "../lib/confirm.js";
import type { RegisterCommands } from "./index.js";
import { permissionError, pickByIdOrName } from "./lookup.js";

const HELP_AFTER = `
These commands need a tenant-admin key (noxus whoami says whether yours is one).

Examples:
  noxus admin workspaces list
  noxus admin workspaces create "Data team" --description "ETL jobs"
  noxus admin keys create "Data team" --name etl
  noxus admin workspaces delete 5d0e…`;

/** The admin API of a tenant-admin key, or exit 3 with a clear message. */
function adminOf(ws: Workspace): Admin {
  if (!ws.admin) {
    throw permissionError(
      "This API key is not tenant-admin: admin commands need a tenant-admin key.",
      "Use a tenant-admin key (--profile, NOXUS_API_KEY or noxus login); noxus whoami shows the current one.",
    );
  }
  return ws.admin;
}

/** `noxus admin …`: the organization's workspaces and their API keys. */
export const registerAdmin: RegisterCommands = (program, contextFor) => {
  const admin = program
    .command("admin")
    .description("manage the organization's workspaces and API keys (tenant-admin keys)")
    .addHelpText("after", HELP_AFTER);

  const workspaces = admin
    .command("workspaces")
    .description("list, create and delete workspaces")
    .addHelpText("after", HELP_AFTER);

  workspaces
    .command("list")
    .description("list the organization's workspaces")
    .action(async (_options, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const all = await adminOf(ws).workspaces.list(cli.call);
      cli.output.result(all, () =>
        cli.output.table(
          ["ID", "NAME", "DESCRIPTION"],
          all.map((item) => [item.id, item.name, item.description ?? ""]),
        ),
      );
    });

  workspaces
    .command("create")
    .description("create a workspace")
    .argument("<name>", "the workspace's name")
    .option("--description <text>", "what the workspace is for")
    .addHelpText("after", '\nExample:\n  noxus admin workspaces create "Data team"')
    .action(async (name: string, options: { description?: string }, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const created = await adminOf(ws).workspaces.create(
        {
          name,
          ...defined({ description: options.description }),
        },
        cli.call,
      );
      cli.output.result(created, () =>
        cli.output.details([
          ["id", created.id],
          ["name", created.name],
          ["description", created.description ?? ""],
        ]),
      );
    });

  workspaces
    .command("delete")
    .description("delete a workspace and everything in it")
    .argument("<workspace>", "workspace id or exact name")
    .option(...YES_OPTION)
    .addHelpText("after", "\nExample:\n  noxus admin workspaces delete 5d0e… --yes")
    .action(async (ref: string, options: { yes?: boolean }, command) => {
      const cli = contextFor(command);
      const api = adminOf(await cli.workspace());
      const target = await workspaceNamed(api, ref, cli);
      const question = `Delete workspace "${target.name}" (${target.id}) and everything in it?`;
      if (!(await confirmDestructive(question, { yes: options.yes, signal: cli.signal }))) {
        cli.output.note("Not deleted.");
        return;
      }
      await api.workspaces.delete(target.id, cli.call);
      const result = { id: target.id, name: target.name, deleted: true };
      cli.output.result(result, () =>
        cli.output.line(`deleted workspace ${target.name} (${target.id})`),
      );
    });

  const keys = admin
    .command("keys")
    .description("mint API keys for workspaces")
    .addHelpText("after", HELP_AFTER);

  keys
    .command("create")
    .description("mint an API key for a workspace; the key is shown this once only")
    .argument("<workspace>", "workspace id or exact name")
    .option("--name <name>", "the key's name", "noxus-cli")
    .option("--tenant-admin", "let the key manage workspaces and mint keys too")
    .addHelpText(
      "after",
      `
The new key is printed once (on stdout; with --json in the "key" field): store it at once,
e.g. pipe it to \`noxus login --profile <name>\`. It is never shown again.

Examples:
  noxus admin keys create "Data team" --name etl
  noxus admin keys create 5d0e… --json | jq -r .key`,
    )
    .action(async (ref: string, options: { name: string; tenantAdmin?: boolean }, command) => {
      const cli = contextFor(command);
      const api = adminOf(await cli.workspace());
      const target = await workspaceNamed(api, ref, cli);
      const minted = await api.apiKeys.create(
        target.id,
        { name: options.name, tenantAdmin: Boolean(options.tenantAdmin) },
        cli.call,
      );
      // The only place the secret is revealed: this command exists to hand it over.
      const result = {
        id: minted.id,
        name: minted.name,
        workspaceId: minted.workspaceId,
        workspaceName: target.name,
        tenantAdmin: minted.tenantAdmin,
        key: minted.key.reveal(),
      };
      cli.output.result(result, () => {
        cli.output.details([
          ["workspace", `${result.workspaceName} (${result.workspaceId})`],
          ["key name", result.name],
          ["key id", result.id],
          ["tenant admin", result.tenantAdmin ? "yes" : "no"],
        ]);
        cli.output.line();
        cli.output.line(`${cli.output.colors.bold("API key (shown once):")} ${result.key}`);
        cli.output.note(
          cli.output.colors.yellow(
            "Store this key now: it cannot be shown again (e.g. noxus login --profile <name>).",
          ),
        );
      });
    });
};

/** The workspace a command names, by id or exact name, among the organization's. */
async function workspaceNamed(api: Admin, ref: string, cli: CliContext) {
  return pickByIdOrName(
    await api.workspaces.list(cli.call),
    ref,
    "workspace",
    "noxus admin workspaces list",
  );
}
