import { newId, nowIso } from "../../domain/ids.js";
import type {
  NewRunEvent,
  ProgressDetails,
  RunEventType,
  RunOutputMap,
  RunPatch,
  RunStatus,
  RunStore,
  StoredRun,
  StoredRunEvent,
} from "../runs.js";
import type { WorkflowDefinition } from "../workflows.js";
import type { Db } from "./database.js";

interface RunRow {
  id: string;
  workspace_id: string;
  workflow_id: string;
  workflow_version_id: string | null;
  input: string;
  node_ids: string | null;
  single_node_id: string | null;
  callback_url: string | null;
  status: RunStatus;
  progress: number;
  progress_details: string | null;
  output: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  workflow_name: string;
  workflow_type: string;
  workflow_deleted: number;
}

interface EventRow {
  seq: number;
  type: RunEventType;
  data: string;
  created_ms: number;
}

const parse = <T>(text: string | null): T | null =>
  text === null ? null : (JSON.parse(text) as T);

// The definition snapshot is large and only the engine needs it: it is read and parsed on
// first use, so reading a run over HTTP pays for neither.
const toRun = (row: RunRow, readDefinition: (id: string) => string): StoredRun => {
  let definition: WorkflowDefinition | undefined;
  const run = {
    id: row.id,
    workspaceId: row.workspace_id,
    workflowId: row.workflow_id,
    workflowVersionId: row.workflow_version_id,
    input: JSON.parse(row.input) as Record<string, unknown>,
    nodeIds: parse<string[]>(row.node_ids),
    singleNodeId: row.single_node_id,
    callbackUrl: row.callback_url,
    status: row.status,
    progress: row.progress,
    progressDetails: parse<ProgressDetails>(row.progress_details),
    output: parse<RunOutputMap>(row.output),
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    workflowName: row.workflow_name,
    workflowType: row.workflow_type,
    workflowDeleted: row.workflow_deleted === 1,
  };
  return Object.defineProperty(run, "definition", {
    enumerable: true,
    get: () => {
      definition ??= JSON.parse(readDefinition(row.id)) as WorkflowDefinition;
      return definition;
    },
  }) as StoredRun;
};

const toEvent = (row: EventRow): StoredRunEvent => ({
  seq: row.seq,
  type: row.type,
  data: JSON.parse(row.data) as Record<string, unknown>,
  redisId: `${row.created_ms}-${row.seq}`,
});

const SELECT_RUN = `SELECT r.id, r.workspace_id, r.workflow_id, r.workflow_version_id, r.input,
    r.node_ids, r.single_node_id, r.callback_url, r.status, r.progress, r.progress_details,
    r.output, r.error, r.created_at, r.started_at, r.finished_at,
    w.name AS workflow_name, w.type AS workflow_type, w.deleted_at IS NOT NULL AS workflow_deleted
  FROM runs r JOIN workflows w ON w.id = r.workflow_id`;

// A case-insensitive substring match, as LIKE would do (ASCII case only, like SQLite's
// lower()), but through instr(): LIKE refuses patterns over 50 000 bytes ("pattern too
// complex", a 500 for a long search text), and instr() has no wildcards to escape.
const searchText = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function sqliteRunStore(db: Db): RunStore {
  const insertRun = db.prepare(
    `INSERT INTO runs (id, workspace_id, workflow_id, workflow_version_id, input, definition, node_ids, single_node_id, callback_url, status, progress, progress_details, created_at)
     VALUES (@id, @workspace_id, @workflow_id, @workflow_version_id, @input, @definition, @node_ids, @single_node_id, @callback_url, 'queued', 0, @progress_details, @created_at)`,
  );
  const selectScoped = db.prepare(`${SELECT_RUN} WHERE r.id = ? AND r.workspace_id = ?`);
  const selectDefinition = db.prepare("SELECT definition FROM runs WHERE id = ?").pluck();
  const readDefinition = (id: string) => selectDefinition.get(id) as string;
  const selectById = db.prepare(`${SELECT_RUN} WHERE r.id = ?`);
  const FILTER = `r.workspace_id = @workspace
    AND (@workflow IS NULL OR r.workflow_id = @workflow)
    AND (@text IS NULL OR instr(lower(r.input), @text) > 0
      OR instr(lower(COALESCE(r.output, '')), @text) > 0 OR instr(lower(w.name), @text) > 0)`;
  const selectPage = db.prepare(
    `${SELECT_RUN} WHERE ${FILTER} ORDER BY r.created_at DESC, r.rowid DESC LIMIT @limit OFFSET @offset`,
  );
  const countPage = db.prepare(
    `SELECT COUNT(*) AS total FROM runs r JOIN workflows w ON w.id = r.workflow_id WHERE ${FILTER}`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO run_events (run_id, workspace_id, seq, type, data, created_ms)
     VALUES (@run, @workspace, (SELECT COALESCE(MAX(seq), 0) + 1 FROM run_events WHERE run_id = @run), @type, @data, @ms)
     RETURNING seq, type, data, created_ms`,
  );
  const selectEvents = db.prepare(
    "SELECT seq, type, data, created_ms FROM run_events WHERE run_id = ? AND workspace_id = ? AND seq > ? ORDER BY seq",
  );
  const selectWorkspace = db.prepare("SELECT workspace_id FROM runs WHERE id = ?");
  const updateRun = db.prepare(
    `UPDATE runs SET
       status = COALESCE(@status, status),
       progress = COALESCE(@progress, progress),
       progress_details = COALESCE(@progress_details, progress_details),
       output = CASE WHEN @set_output THEN @output ELSE output END,
       error = CASE WHEN @set_error THEN @error ELSE error END,
       started_at = COALESCE(@started_at, started_at),
       finished_at = COALESCE(@finished_at, finished_at)
     WHERE id = @id`,
  );

  const appendEvents = (runId: string, workspaceId: string, events: NewRunEvent[]) =>
    events.map((event) =>
      toEvent(
        insertEvent.get({
          run: runId,
          workspace: workspaceId,
          type: event.type,
          data: JSON.stringify(event.data),
          ms: Date.now(),
        }) as EventRow,
      ),
    );

  const create = db.transaction(
    (workspaceId: string, input: Parameters<RunStore["create"]>[1], events: NewRunEvent[]) => {
      const id = newId();
      insertRun.run({
        id,
        workspace_id: workspaceId,
        workflow_id: input.workflowId,
        workflow_version_id: input.workflowVersionId,
        input: JSON.stringify(input.input),
        definition: JSON.stringify(input.definition),
        node_ids: input.nodeIds ? JSON.stringify(input.nodeIds) : null,
        single_node_id: input.singleNodeId,
        callback_url: input.callbackUrl,
        progress_details: JSON.stringify(input.progressDetails),
        created_at: nowIso(),
      });
      appendEvents(id, workspaceId, events);
      return toRun(selectById.get(id) as RunRow, readDefinition);
    },
  );

  const record = db.transaction((runId: string, patch: RunPatch, events: NewRunEvent[]) => {
    const owner = selectWorkspace.get(runId) as { workspace_id: string } | undefined;
    if (!owner) return undefined;
    updateRun.run({
      id: runId,
      status: patch.status ?? null,
      progress: patch.progress ?? null,
      progress_details: patch.progressDetails ? JSON.stringify(patch.progressDetails) : null,
      set_output: patch.output === undefined ? 0 : 1,
      output: patch.output ? JSON.stringify(patch.output) : null,
      set_error: patch.error === undefined ? 0 : 1,
      error: patch.error ?? null,
      started_at: patch.startedAt ?? null,
      finished_at: patch.finishedAt ?? null,
    });
    return appendEvents(runId, owner.workspace_id, events);
  });

  return {
    async create(workspaceId, input, events) {
      return create(workspaceId, input, events);
    },

    async get(workspaceId, runId) {
      const row = selectScoped.get(runId, workspaceId) as RunRow | undefined;
      return row && toRun(row, readDefinition);
    },

    async getById(runId) {
      const row = selectById.get(runId) as RunRow | undefined;
      return row && toRun(row, readDefinition);
    },

    async list(workspaceId, filter, page) {
      const params = {
        workspace: workspaceId,
        workflow: filter.workflowId ?? null,
        text: filter.text ? searchText(filter.text) : null,
      };
      const rows = selectPage.all({
        ...params,
        limit: page.size,
        offset: page.offset,
      }) as RunRow[];
      const { total } = countPage.get(params) as { total: number };
      return { items: rows.map((row) => toRun(row, readDefinition)), total };
    },

    async record(runId, patch, events) {
      return record(runId, patch, events);
    },

    async listEvents(workspaceId, runId, afterSeq) {
      return (selectEvents.all(runId, workspaceId, afterSeq) as EventRow[]).map(toEvent);
    },

    async listIdsByStatus(statuses) {
      const placeholders = statuses.map(() => "?").join(", ");
      const rows = db
        .prepare(`SELECT id FROM runs WHERE status IN (${placeholders}) ORDER BY created_at, rowid`)
        .all(...statuses) as { id: string }[];
      return rows.map((row) => row.id);
    },
  };
}
