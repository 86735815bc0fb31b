import { ApiKey } from "@noxus/auth";
import type { CallOptions } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import { describeValue, requireId, requireObject, requireText } from "../../internal/validate.js";
// A cycle (workspace.ts builds Admin), safe because Workspace is only used when called.
import { type ConnectOptions, Workspace } from "../../workspace.js";

/** What `ws.admin.apiKeys.create()` takes: the key's name and whether it is a tenant-admin key. */
export interface CreateApiKeyInput {
  name: string;
  /** Let the new key manage workspaces and mint keys too (default false). */
  tenantAdmin?: boolean;
}

/**
 * A key just minted. `key` is an ApiKey: it prints, serialises and inspects masked
 * (`nxl_AbC…`); `key.reveal()` is the secret, which the API shows this once only.
 */
export interface MintedApiKey {
  readonly id: string;
  readonly name: string;
  readonly tenantAdmin: boolean;
  readonly workspaceId: string;
  readonly key: ApiKey;
}

/** Options of `apiKeys.connect`: any connect option but the key. */
export type ConnectMintedOptions = Omit<ConnectOptions, "apiKey">;

/** `ws.admin.apiKeys`: mint keys for the organization's workspaces. */
export class AdminApiKeys extends Resource {
  /**
   * Mints an API key for a workspace. The secret is in `key.reveal()`, and the API shows it
   * this once only: store it (e.g. `saveProfile`) before dropping the result.
   * Needs a tenant-admin key.
   * @throws NoxusInputError for a bad name or option; NoxusPermissionError without a tenant-admin key.
   *
   * @example
   * const minted = await ws.admin.apiKeys.create(workspace.id, { name: "ci" });
   * console.log(minted.key); // nxl_AbC… (masked)
   * saveProfile("ci", { apiKey: minted.key, workspaceId: workspace.id });
   */
  async create(
    workspaceId: string,
    input: CreateApiKeyInput,
    options: CallOptions = {},
  ): Promise<MintedApiKey> {
    const groupId = requireId(workspaceId, "workspace id");
    requireObject(input, "API key");
    const name = requireText(input.name, "API key name");
    if (input.tenantAdmin !== undefined && typeof input.tenantAdmin !== "boolean") {
      throw new NoxusInputError(
        "invalid_option",
        `tenantAdmin must be true or false, got ${describeValue(input.tenantAdmin)}.`,
      );
    }
    const { data } = await this.context.client.POST("/v1/admin/groups/{group_id}/api-keys", {
      params: { path: { group_id: groupId } },
      body: { name, tenant_admin: input.tenantAdmin ?? false },
      ...this.call(options),
    });
    // The raw answer holds the secret in plain text: only the ApiKey value leaves this function.
    return Object.freeze({
      id: data.id,
      name: data.name,
      tenantAdmin: data.tenant_admin,
      workspaceId: data.group_id ?? groupId,
      key: ApiKey.from(data.value),
    });
  }

  /**
   * Opens the Workspace of a minted key on the same server as this admin connection.
   * The environment is not read (`env: {}` unless given): NOXUS_BACKEND_URL must not send
   * the new key to another server. Client options (fetch, headers, timeouts) are not
   * inherited; pass them again if needed.
   */
  connect(minted: MintedApiKey, options: ConnectMintedOptions = {}): Promise<Workspace> {
    requireObject(minted, "minted key");
    if (!(minted.key instanceof ApiKey)) {
      throw new NoxusInputError(
        "invalid_option",
        "Pass the result of apiKeys.create() (its `key` is an ApiKey).",
      );
    }
    return Workspace.connect({
      baseUrl: this.context.client.baseUrl,
      env: {},
      ...options,
      apiKey: minted.key.reveal(),
    });
  }
}
