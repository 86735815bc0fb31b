import { displayPrefix, generateApiKey, hashApiKey } from "../domain/keys.js";
import { requireTenantAdmin } from "../http/auth.js";
import type { ResourceGroupFactory } from "../http/context.js";
import { conflict, notFound } from "../http/errors.js";

/** Who-am-I, workspaces ("groups") and API keys (reference §2.2, §7). */
export const adminGroup: ResourceGroupFactory = ({ storage }) => {
  const { tenancy } = storage;
  return {
    handlers: {
      async getMe(request) {
        const { auth } = request;
        const workspace = await tenancy.getWorkspace(auth.organizationId, auth.workspaceId);
        // The key itself is not recoverable (only its digest is stored): `value` shows the prefix.
        return {
          id: auth.keyId,
          name: auth.keyName,
          tenant_admin: auth.tenantAdmin,
          value: auth.keyPrefix,
          group_id: auth.workspaceId,
          ...(workspace ? { group_name: workspace.name } : {}),
        };
      },

      async listWorkspaces(request) {
        requireTenantAdmin(request);
        return tenancy.listWorkspaces(request.auth.organizationId);
      },

      async createWorkspace(request) {
        requireTenantAdmin(request);
        const body = request.body;
        const { owner } = await tenancy.ensureOrganization();
        return tenancy.createWorkspace(request.auth.organizationId, {
          name: body.name,
          description: body.description ?? null,
          ownerMemberId: owner.id,
        });
      },

      async deleteWorkspace(request) {
        requireTenantAdmin(request);
        const { group_id } = request.params;
        const workspace = await tenancy.getWorkspace(request.auth.organizationId, group_id);
        if (!workspace) throw notFound("Workspace not found");
        if (group_id === request.auth.workspaceId) {
          throw conflict("A key cannot delete its own workspace; use a key of another workspace.");
        }
        if (await tenancy.isPersonalWorkspace(group_id)) {
          throw conflict("A member's personal workspace cannot be deleted.");
        }
        await tenancy.deleteWorkspace(request.auth.organizationId, group_id);
        return { success: true, id: group_id };
      },

      async createApiKey(request) {
        requireTenantAdmin(request);
        const { group_id } = request.params;
        const body = request.body;
        const workspace = await tenancy.getWorkspace(request.auth.organizationId, group_id);
        if (!workspace) throw notFound("Workspace not found");
        const value = generateApiKey();
        const stored = await tenancy.createApiKey({
          workspaceId: group_id,
          name: body.name,
          tenantAdmin: body.tenant_admin ?? false,
          keyHash: hashApiKey(value),
          keyPrefix: displayPrefix(value),
        });
        // The only time the key is ever shown.
        return {
          id: stored.id,
          name: stored.name,
          tenant_admin: stored.tenantAdmin,
          value,
          group_id,
        };
      },
    },
  };
};
