import type { Schemas } from "../api-types.js";

export type WorkspaceRole = "owner" | "admin" | "member" | "viewer";

export interface Organization {
  id: string;
  name: string;
}

export interface Member {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  /** Every member has a personal workspace (reference §7). */
  personalWorkspaceId: string;
}

/** An API key as stored: its digest, never the key. */
export interface StoredApiKey {
  id: string;
  name: string;
  workspaceId: string;
  organizationId: string;
  tenantAdmin: boolean;
  keyHash: string;
  keyPrefix: string;
  createdAt: string;
}

export interface NewApiKey {
  workspaceId: string;
  name: string;
  tenantAdmin: boolean;
  keyHash: string;
  keyPrefix: string;
}

/** Organizations, members, roles, workspaces ("groups") and API keys. */
export interface TenancyStore {
  /** The organization of this server, created with its owner on first start. */
  ensureOrganization(): Promise<{ organization: Organization; owner: Member }>;
  addMember(organizationId: string, input: { email: string; name: string }): Promise<Member>;
  setRole(memberId: string, workspaceId: string, role: WorkspaceRole): Promise<void>;
  listRoles(workspaceId: string): Promise<{ memberId: string; role: WorkspaceRole }[]>;
  createWorkspace(
    organizationId: string,
    input: { name: string; description?: string | null; ownerMemberId: string },
  ): Promise<Schemas["Workspace"]>;
  getWorkspace(
    organizationId: string,
    workspaceId: string,
  ): Promise<Schemas["Workspace"] | undefined>;
  /** Personal workspaces included. */
  listWorkspaces(organizationId: string): Promise<Schemas["Workspace"][]>;
  isPersonalWorkspace(workspaceId: string): Promise<boolean>;
  /** Deletes the workspace and, by cascade, everything in it. */
  deleteWorkspace(organizationId: string, workspaceId: string): Promise<boolean>;
  createApiKey(input: NewApiKey): Promise<StoredApiKey>;
  findApiKeyByHash(keyHash: string): Promise<StoredApiKey | undefined>;
}
