// Workflows are soft-deleted (deleted_at) so that their runs, which outlive them in
// GET /v1/runs, keep a workflow name to show. Definitions and run payloads are JSON text.
export const workflowsRuns = `
CREATE TABLE workflows (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('flow', 'agent_flow', 'handler', 'ingestion')),
  definition TEXT NOT NULL,
  error_handler TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX workflows_workspace ON workflows (workspace_id, deleted_at, type, created_at);

CREATE TABLE workflow_versions (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  workflow_id TEXT NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX workflow_versions_workflow ON workflow_versions (workflow_id, created_at);

CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  workflow_id TEXT NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
  workflow_version_id TEXT REFERENCES workflow_versions(id) ON DELETE SET NULL,
  input TEXT NOT NULL,
  definition TEXT NOT NULL,
  node_ids TEXT,
  single_node_id TEXT,
  callback_url TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'failed', 'completed', 'stopped')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  progress_details TEXT,
  output TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT
);
CREATE INDEX runs_workspace ON runs (workspace_id, created_at);
CREATE INDEX runs_workflow ON runs (workflow_id, created_at);
CREATE INDEX runs_status ON runs (status);

CREATE TABLE run_events (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('content', 'state')),
  data TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  PRIMARY KEY (run_id, seq)
);
`;
