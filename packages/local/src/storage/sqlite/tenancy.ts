import type { Schemas } from "../../api-types.js";
import { BoundedCache } from "../../domain/bounded-cache.js";
import { newId, nowIso } from "../../domain/ids.js";
import type {
  Member,
  NewApiKey,
  Organization,
  StoredApiKey,
  TenancyStore,
  WorkspaceRole,
} from "../tenancy.js";
import type { Db } from "./database.js";

interface WorkspaceRow {
  id: string;
  name: string;
  description: string | null;
}

interface KeyRow {
  id: string;
  name: string;
  workspace_id: string;
  organization_id: string;
  tenant_admin: number;
  key_hash: string;
  key_prefix: string;
  created_at: string;
}

const toWorkspace = (row: WorkspaceRow): Schemas["Workspace"] => ({
  id: row.id,
  name: row.name,
  description: row.description,
});

const toKey = (row: KeyRow): StoredApiKey => ({
  id: row.id,
  name: row.name,
  workspaceId: row.workspace_id,
  organizationId: row.organization_id,
  tenantAdmin: row.tenant_admin === 1,
  keyHash: row.key_hash,
  keyPrefix: row.key_prefix,
  createdAt: row.created_at,
});

export function sqliteTenancyStore(db: Db): TenancyStore {
  const insertMember = db.prepare(
    "INSERT INTO members (id, organization_id, email, name, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertWorkspace = db.prepare(
    "INSERT INTO workspaces (id, organization_id, name, description, personal_member_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const upsertRole = db.prepare(
    "INSERT INTO memberships (member_id, workspace_id, role) VALUES (?, ?, ?) ON CONFLICT (member_id, workspace_id) DO UPDATE SET role = excluded.role",
  );
  const selectKeyByHash = db.prepare(
    "SELECT k.*, w.organization_id FROM api_keys k JOIN workspaces w ON w.id = k.workspace_id WHERE k.key_hash = ?",
  );

  // Every request looks its key up: known keys are kept in memory. Only deleting a workspace
  // removes keys (with its cascade), and it clears the cache, so an entry is never stale
  // while this process is the database's only writer (the server owns its file).
  const keyCache = new BoundedCache<StoredApiKey>(10_000);

  const addMember = db.transaction(
    (organizationId: string, email: string, name: string): Member => {
      const id = newId();
      const personalWorkspaceId = newId();
      const createdAt = nowIso();
      insertMember.run(id, organizationId, email, name, createdAt);
      insertWorkspace.run(
        personalWorkspaceId,
        organizationId,
        `${name} (personal)`,
        null,
        id,
        createdAt,
      );
      upsertRole.run(id, personalWorkspaceId, "owner");
      return { id, organizationId, email, name, personalWorkspaceId };
    },
  );

  const memberOf = (row: {
    id: string;
    organization_id: string;
    email: string;
    name: string;
  }): Member => {
    const personal = db
      .prepare("SELECT id FROM workspaces WHERE personal_member_id = ?")
      .get(row.id) as { id: string };
    return {
      id: row.id,
      organizationId: row.organization_id,
      email: row.email,
      name: row.name,
      personalWorkspaceId: personal.id,
    };
  };

  return {
    async ensureOrganization() {
      return db.transaction(() => {
        let organization = db.prepare("SELECT id, name FROM organizations LIMIT 1").get() as
          | Organization
          | undefined;
        if (!organization) {
          organization = { id: newId(), name: "Local organization" };
          db.prepare("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)").run(
            organization.id,
            organization.name,
            nowIso(),
          );
          addMember(organization.id, "owner@noxus.local", "Owner");
        }
        const ownerRow = db
          .prepare(
            "SELECT * FROM members WHERE organization_id = ? ORDER BY created_at, rowid LIMIT 1",
          )
          .get(organization.id) as {
          id: string;
          organization_id: string;
          email: string;
          name: string;
        };
        return { organization, owner: memberOf(ownerRow) };
      })();
    },

    async addMember(organizationId, input) {
      return addMember(organizationId, input.email, input.name);
    },

    async setRole(memberId: string, workspaceId: string, role: WorkspaceRole) {
      upsertRole.run(memberId, workspaceId, role);
    },

    async listRoles(workspaceId) {
      return db
        .prepare(
          "SELECT member_id AS memberId, role FROM memberships WHERE workspace_id = ? ORDER BY member_id",
        )
        .all(workspaceId) as { memberId: string; role: WorkspaceRole }[];
    },

    async createWorkspace(organizationId, input) {
      const id = newId();
      db.transaction(() => {
        insertWorkspace.run(
          id,
          organizationId,
          input.name,
          input.description ?? null,
          null,
          nowIso(),
        );
        upsertRole.run(input.ownerMemberId, id, "owner");
      })();
      return { id, name: input.name, description: input.description ?? null };
    },

    async getWorkspace(organizationId, workspaceId) {
      const row = db
        .prepare(
          "SELECT id, name, description FROM workspaces WHERE id = ? AND organization_id = ?",
        )
        .get(workspaceId, organizationId) as WorkspaceRow | undefined;
      return row && toWorkspace(row);
    },

    async listWorkspaces(organizationId) {
      const rows = db
        .prepare(
          "SELECT id, name, description FROM workspaces WHERE organization_id = ? ORDER BY created_at, rowid",
        )
        .all(organizationId) as WorkspaceRow[];
      return rows.map(toWorkspace);
    },

    async isPersonalWorkspace(workspaceId) {
      const row = db
        .prepare("SELECT personal_member_id FROM workspaces WHERE id = ?")
        .get(workspaceId) as { personal_member_id: string | null } | undefined;
      return Boolean(row?.personal_member_id);
    },

    async deleteWorkspace(organizationId, workspaceId) {
      keyCache.clear();
      return (
        db
          .prepare("DELETE FROM workspaces WHERE id = ? AND organization_id = ?")
          .run(workspaceId, organizationId).changes > 0
      );
    },

    async createApiKey(input: NewApiKey) {
      const id = newId();
      const createdAt = nowIso();
      db.prepare(
        "INSERT INTO api_keys (id, workspace_id, name, key_hash, key_prefix, tenant_admin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ).run(
        id,
        input.workspaceId,
        input.name,
        input.keyHash,
        input.keyPrefix,
        input.tenantAdmin ? 1 : 0,
        createdAt,
      );
      const row = selectKeyByHash.get(input.keyHash) as KeyRow;
      return toKey(row);
    },

    async findApiKeyByHash(keyHash) {
      const cached = keyCache.get(keyHash);
      if (cached) return cached;
      const row = selectKeyByHash.get(keyHash) as KeyRow | undefined;
      if (!row) return undefined;
      const key = toKey(row);
      keyCache.set(keyHash, key);
      return key;
    },
  };
}
