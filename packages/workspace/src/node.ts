import { resolveCredentials } from "@noxus/auth/node";
import type { createNoxusClient as createBaseClient } from "@noxus/client";
import { defined } from "@noxus/client/internal";
import { createNoxusClient, type NoxusNodeClientOptions } from "@noxus/client/node";
import { Workspace as BaseWorkspace, type ConnectOptions } from "./workspace.js";

export * from "./index.js";
export { type FromPathOptions, type FromPathsOptions, fromPath, fromPaths } from "./node/paths.js";

/**
 * Node's connect options: a saved profile may supply the key and the base URL, and the
 * client sends through undici (`transport`, `connections`, `dispatcher`: see
 * @noxus/client/node; `NOXUS_TRANSPORT=fetch` switches back to the global fetch).
 */
export interface NodeConnectOptions
  extends ConnectOptions,
    Pick<NoxusNodeClientOptions, "transport" | "connections" | "dispatcher"> {
  /** A profile saved by `noxus login` / @noxus/auth's saveProfile; else NOXUS_PROFILE, the current one, `default`. */
  profile?: string;
  /** Where the credentials file lives (default `$NOXUS_CONFIG_DIR` or the platform config dir). */
  configDir?: string;
}

/**
 * The Workspace of `@noxus/workspace/node`: the same object, whose `connect` also reads the
 * profiles on disk (option → NOXUS_API_KEY → profile, see @noxus/auth).
 */
export class Workspace extends BaseWorkspace {
  /**
   * Resolves credentials (the `apiKey` option, `NOXUS_API_KEY`, then a saved profile: the
   * `profile` option, `NOXUS_PROFILE`, the current one, `default`), checks the key with
   * `GET /v1/admin/me`, and opens the workspace over undici.
   *
   * @throws NoxusCredentialsError when no usable key or profile is found;
   * NoxusAuthenticationError when the server does not accept the key.
   *
   * @example
   * import { Workspace } from "@noxus/workspace/node";
   * const ws = await Workspace.connect({ profile: "acme-prod" });
   * const run = await ws.runs.runSync(workflowId, { Topic: "cats" });
   */
  static override async connect(options: NodeConnectOptions = {}): Promise<Workspace> {
    const { profile, configDir, ...rest } = options;
    const credentials = resolveCredentials({
      ...defined({ apiKey: rest.apiKey, baseUrl: rest.baseUrl }),
      ...(rest.env ? { env: rest.env } : {}),
      ...defined({ profile, configDir }),
    });
    const known =
      credentials.source === "profile"
        ? { workspaceId: credentials.workspaceId, workspaceName: credentials.workspaceName }
        : {};
    return this.open(
      credentials.apiKey.reveal(),
      credentials.baseUrl,
      rest,
      known,
      createNoxusClient as typeof createBaseClient,
    );
  }
}
