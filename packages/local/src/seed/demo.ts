import { displayPrefix, generateApiKey, hashApiKey } from "../domain/keys.js";
import type { ServerContext } from "../http/context.js";
import type { Member } from "../storage/tenancy.js";

export interface DemoSeed {
  workspaceId: string;
  apiKey: string;
}

/**
 * The demo data behind `pnpm start`: a "Demo" workspace with its own key. Idempotent: a
 * second start on the same database finds the workspace and adds nothing.
 */
export async function seedDemo(
  context: ServerContext,
  owner: Member,
): Promise<DemoSeed | undefined> {
  const { tenancy } = context.storage;
  const existing = (await tenancy.listWorkspaces(owner.organizationId)).find(
    (w) => w.name === "Demo",
  );
  if (existing) return undefined;
  const workspace = await tenancy.createWorkspace(owner.organizationId, {
    name: "Demo",
    description: "Demo data created by `noxus-local serve --seed demo`.",
    ownerMemberId: owner.id,
  });
  const apiKey = generateApiKey();
  await tenancy.createApiKey({
    workspaceId: workspace.id,
    name: "demo",
    tenantAdmin: false,
    keyHash: hashApiKey(apiKey),
    keyPrefix: displayPrefix(apiKey),
  });
  return { workspaceId: workspace.id, apiKey };
}
