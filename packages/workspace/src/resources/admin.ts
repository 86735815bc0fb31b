import type { WorkspaceContext } from "../context.js";
import { AdminApiKeys } from "./admin/api-keys.js";
import { AdminWorkspaces } from "./admin/workspaces.js";

export {
  AdminApiKeys,
  type ConnectMintedOptions,
  type CreateApiKeyInput,
  type MintedApiKey,
} from "./admin/api-keys.js";
export {
  AdminWorkspaces,
  type CreateWorkspaceInput,
  type WorkspaceInfo,
} from "./admin/workspaces.js";

/**
 * `ws.admin`: the organization's workspaces and their API keys. It exists only when the
 * key is tenant-admin (`ws.admin` is undefined otherwise), so `ws.admin?.…` is the check.
 *
 * @example
 * const team = await ws.admin.workspaces.create({ name: "Data team" });
 * const minted = await ws.admin.apiKeys.create(team.id, { name: "etl" });
 * const teamWs = await ws.admin.apiKeys.connect(minted);
 */
export class Admin {
  readonly workspaces: AdminWorkspaces;
  readonly apiKeys: AdminApiKeys;

  constructor(protected readonly context: WorkspaceContext) {
    this.workspaces = new AdminWorkspaces(context);
    this.apiKeys = new AdminApiKeys(context);
  }
}
