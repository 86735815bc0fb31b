import { newId, nowIso } from "../../domain/ids.js";
import type {
  StoredWorkflow,
  StoredWorkflowVersion,
  WorkflowDefinition,
  WorkflowStore,
  WorkflowType,
} from "../workflows.js";
import type { Db } from "./database.js";

interface WorkflowRow {
  id: string;
  workspace_id: string;
  name: string;
  type: WorkflowType;
  definition: string;
  error_handler: string | null;
  created_at: string;
  updated_at: string;
  runs_count: number;
  last_run_at: string | null;
}

interface VersionRow {
  id: string;
  workflow_id: string;
  name: string;
  description: string | null;
  definition: string;
  created_at: string;
}

const toWorkflow = (row: WorkflowRow): StoredWorkflow => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  type: row.type,
  definition: JSON.parse(row.definition) as WorkflowDefinition,
  errorHandler: row.error_handler,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  runsCount: row.runs_count,
  lastRunAt: row.last_run_at,
});

const toVersion = (row: VersionRow): StoredWorkflowVersion => ({
  id: row.id,
  workflowId: row.workflow_id,
  name: row.name,
  description: row.description,
  definition: JSON.parse(row.definition) as WorkflowDefinition,
  createdAt: row.created_at,
});

// Run counts are derived, so they can never drift from the runs table.
const SELECT_WORKFLOW = `SELECT w.*,
  (SELECT COUNT(*) FROM runs r WHERE r.workflow_id = w.id) AS runs_count,
  (SELECT MAX(r.created_at) FROM runs r WHERE r.workflow_id = w.id) AS last_run_at
  FROM workflows w`;

export function sqliteWorkflowStore(db: Db): WorkflowStore {
  const insert = db.prepare(
    "INSERT INTO workflows (id, workspace_id, name, type, definition, error_handler, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const selectOne = db.prepare(
    `${SELECT_WORKFLOW} WHERE w.id = ? AND w.workspace_id = ? AND w.deleted_at IS NULL`,
  );
  const selectPage = db.prepare(
    `${SELECT_WORKFLOW} WHERE w.workspace_id = @workspace AND w.deleted_at IS NULL AND (@type IS NULL OR w.type = @type) ORDER BY w.created_at DESC, w.rowid DESC LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare(
    "SELECT COUNT(*) AS total FROM workflows WHERE workspace_id = @workspace AND deleted_at IS NULL AND (@type IS NULL OR type = @type)",
  );
  const updateOne = db.prepare(
    "UPDATE workflows SET name = ?, type = ?, definition = ?, error_handler = ?, updated_at = ? WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL",
  );
  const softDelete = db.prepare(
    "UPDATE workflows SET deleted_at = ? WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL",
  );
  const insertVersion = db.prepare(
    "INSERT INTO workflow_versions (id, workspace_id, workflow_id, name, description, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const selectVersions = db.prepare(
    "SELECT * FROM workflow_versions WHERE workflow_id = ? AND workspace_id = ? ORDER BY created_at DESC, rowid DESC",
  );
  const selectVersion = db.prepare(
    "SELECT * FROM workflow_versions WHERE id = ? AND workflow_id = ? AND workspace_id = ?",
  );
  const updateVersion = db.prepare(
    "UPDATE workflow_versions SET name = ?, description = ?, definition = ?, updated_at = ? WHERE id = ? AND workflow_id = ? AND workspace_id = ?",
  );

  const selectExists = db.prepare(
    "SELECT 1 FROM workflows WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL",
  );
  const getOne = (workspaceId: string, workflowId: string) => {
    const row = selectOne.get(workflowId, workspaceId) as WorkflowRow | undefined;
    return row && toWorkflow(row);
  };

  return {
    async create(workspaceId, input) {
      const id = newId();
      const now = nowIso();
      insert.run(
        id,
        workspaceId,
        input.name,
        input.type,
        JSON.stringify(input.definition),
        input.errorHandler,
        now,
        now,
      );
      return getOne(workspaceId, id) as StoredWorkflow;
    },

    async get(workspaceId, workflowId) {
      return getOne(workspaceId, workflowId);
    },

    async exists(workspaceId, workflowId) {
      return selectExists.get(workflowId, workspaceId) !== undefined;
    },

    async list(workspaceId, filter, page) {
      const params = { workspace: workspaceId, type: filter.type ?? null };
      const rows = selectPage.all({
        ...params,
        limit: page.size,
        offset: page.offset,
      }) as WorkflowRow[];
      const { total } = count.get(params) as { total: number };
      return { items: rows.map(toWorkflow), total };
    },

    async update(workspaceId, workflowId, input) {
      const changed = updateOne.run(
        input.name,
        input.type,
        JSON.stringify(input.definition),
        input.errorHandler,
        nowIso(),
        workflowId,
        workspaceId,
      ).changes;
      return changed > 0 ? getOne(workspaceId, workflowId) : undefined;
    },

    async delete(workspaceId, workflowId) {
      return softDelete.run(nowIso(), workflowId, workspaceId).changes > 0;
    },

    async createVersion(workspaceId, workflowId, input) {
      const id = newId();
      const now = nowIso();
      insertVersion.run(
        id,
        workspaceId,
        workflowId,
        input.name,
        input.description,
        JSON.stringify(input.definition),
        now,
        now,
      );
      return toVersion(selectVersion.get(id, workflowId, workspaceId) as VersionRow);
    },

    async listVersions(workspaceId, workflowId) {
      return (selectVersions.all(workflowId, workspaceId) as VersionRow[]).map(toVersion);
    },

    async getVersion(workspaceId, workflowId, versionId) {
      const row = selectVersion.get(versionId, workflowId, workspaceId) as VersionRow | undefined;
      return row && toVersion(row);
    },

    async updateVersion(workspaceId, workflowId, versionId, input) {
      const changed = updateVersion.run(
        input.name,
        input.description,
        JSON.stringify(input.definition),
        nowIso(),
        versionId,
        workflowId,
        workspaceId,
      ).changes;
      if (changed === 0) return undefined;
      return toVersion(selectVersion.get(versionId, workflowId, workspaceId) as VersionRow);
    },
  };
}
