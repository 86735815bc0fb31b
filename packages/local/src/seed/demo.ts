import { displayPrefix, generateApiKey, hashApiKey } from "../domain/keys.js";
import type { ServerContext } from "../http/context.js";
import type { Member } from "../storage/tenancy.js";

export interface DemoSeed {
  workspaceId: string;
  /** The demo workspace's key: the one given (kept across restarts) or a new one. */
  apiKey: string;
}

const DEMO_WORKSPACE = "Demo";

/**
 * The demo workspace behind `pnpm start`, with its own key. Idempotent: a second start on
 * the same database finds the workspace and only makes sure the given key works there.
 */
export async function seedDemoWorkspace(
  context: ServerContext,
  owner: Member,
  apiKey: string | undefined,
): Promise<DemoSeed & { created: boolean }> {
  const { tenancy } = context.storage;
  const existing = (await tenancy.listWorkspaces(owner.organizationId)).find(
    (workspace) => workspace.name === DEMO_WORKSPACE,
  );
  const workspace =
    existing ??
    (await tenancy.createWorkspace(owner.organizationId, {
      name: DEMO_WORKSPACE,
      description: "Demo data created by `noxus-local serve --seed demo`.",
      ownerMemberId: owner.id,
    }));
  const key = apiKey ?? generateApiKey();
  const stored = await tenancy.findApiKeyByHash(hashApiKey(key));
  if (stored && stored.workspaceId !== workspace.id) {
    throw new Error("The demo key given belongs to another workspace; pass a new one or none.");
  }
  if (!stored) {
    await tenancy.createApiKey({
      workspaceId: workspace.id,
      name: "demo",
      tenantAdmin: false,
      keyHash: hashApiKey(key),
      keyPrefix: displayPrefix(key),
    });
  }
  return { workspaceId: workspace.id, apiKey: key, created: !existing };
}
