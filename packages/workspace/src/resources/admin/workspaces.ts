import type { Schema } from "@noxus/client";
import type { CallOptions } from "../../context.js";
import { Resource } from "../../internal/resource.js";
import { optionalText, requireId, requireObject, requireText } from "../../internal/validate.js";

/**
 * A workspace of the organization as the admin API describes it (`Workspace` in the spec;
 * renamed so it does not clash with the SDK's Workspace class).
 */
export type WorkspaceInfo = Schema<"Workspace">;

/** What `ws.admin.workspaces.create()` takes: a name and an optional description. */
export interface CreateWorkspaceInput {
  name: string;
  description?: string;
}

/** `ws.admin.workspaces`: the organization's workspaces ("groups" on the API). */
export class AdminWorkspaces extends Resource {
  /** Every workspace of the organization: the API answers one plain array, not pages. */
  async list(options: CallOptions = {}): Promise<WorkspaceInfo[]> {
    const { data } = await this.context.client.GET("/v1/admin/groups", this.call(options));
    return data;
  }

  /**
   * Creates a workspace in the organization and returns it. Needs a tenant-admin key.
   * @throws NoxusPermissionError without a tenant-admin key.
   */
  async create(input: CreateWorkspaceInput, options: CallOptions = {}): Promise<WorkspaceInfo> {
    requireObject(input, "workspace");
    const name = requireText(input.name, "workspace name");
    const description = optionalText(input.description, "workspace description");
    const { data } = await this.context.client.POST("/v1/admin/groups", {
      // The Python SDK always sends description, null when there is none.
      body: { name, description: description ?? null },
      ...this.call(options),
    });
    return data;
  }

  /**
   * Deletes a workspace and everything in it. The API refuses (409) to delete the
   * workspace of the key making the call, and members' personal workspaces.
   */
  async delete(workspaceId: string, options: CallOptions = {}): Promise<void> {
    await this.context.client.DELETE("/v1/admin/groups/{group_id}", {
      params: { path: { group_id: requireId(workspaceId, "workspace id") } },
      ...this.call(options),
    });
  }
}
