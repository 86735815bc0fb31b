import { whoami } from "@noxus/auth";
import type { RegisterCommands } from "./index.js";

/** `noxus whoami`: who the current credentials are, checked against the server. */
export const registerWhoami: RegisterCommands = (program, contextFor) => {
  program
    .command("whoami")
    .description("show the API key's name, workspace and whether it is tenant-admin")
    .action(async (_options, command) => {
      const cli = contextFor(command);
      const ws = await cli.workspace();
      const me = await whoami(ws.client, cli.call);
      const result = {
        keyName: me.keyName,
        workspaceId: ws.id ?? null,
        workspaceName: ws.name ?? null,
        tenantAdmin: me.tenantAdmin,
        baseUrl: ws.client.baseUrl,
      };
      cli.output.result(result, () =>
        cli.output.details([
          ["key", result.keyName],
          [
            "workspace",
            result.workspaceName
              ? `${result.workspaceName} (${result.workspaceId})`
              : result.workspaceId,
          ],
          ["tenant admin", result.tenantAdmin ? "yes" : "no"],
          ["base URL", result.baseUrl],
        ]),
      );
    });
};
