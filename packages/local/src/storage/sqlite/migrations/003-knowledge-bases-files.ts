/**
 * Knowledge bases, their documents, chunks (with an FTS5 index) and ingestion runs, and the
 * workspace's files. KB counters and statuses are never stored: they are derived from
 * `kb_documents` and `kb_runs` when read, so they cannot drift.
 */
export const knowledgeBasesFiles = `
CREATE TABLE files (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX files_workspace ON files (workspace_id, id);

CREATE TABLE knowledge_bases (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  document_types TEXT NOT NULL,
  kb_type TEXT NOT NULL CHECK (kb_type = 'entity'),
  version TEXT NOT NULL CHECK (version IN ('v2', 'v3')),
  settings TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX knowledge_bases_workspace ON knowledge_bases (workspace_id, created_at);

CREATE TABLE kb_documents (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  kb_id TEXT NOT NULL REFERENCES knowledge_bases(id) ON DELETE CASCADE,
  file_id TEXT REFERENCES files(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('trained', 'training', 'error', 'uploaded', 'folder')),
  size INTEGER NOT NULL DEFAULT 0,
  source_type TEXT,
  content_type TEXT,
  source_uri TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX kb_documents_kb_status ON kb_documents (kb_id, status, created_at);

CREATE TABLE kb_runs (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  kb_id TEXT NOT NULL REFERENCES knowledge_bases(id) ON DELETE CASCADE,
  document_id TEXT REFERENCES kb_documents(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'failed', 'completed', 'stopped')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  input TEXT NOT NULL,
  output TEXT,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX kb_runs_kb ON kb_runs (kb_id, created_at);
CREATE INDEX kb_runs_active ON kb_runs (status) WHERE status IN ('queued', 'running');

CREATE TABLE kb_chunks (
  id INTEGER PRIMARY KEY,
  kb_id TEXT NOT NULL REFERENCES knowledge_bases(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES kb_documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  content TEXT NOT NULL
);
CREATE INDEX kb_chunks_document ON kb_chunks (document_id, position);

-- External-content FTS5 index over kb_chunks; the triggers keep it in step, including the
-- rows removed by ON DELETE CASCADE (foreign-key actions fire triggers).
CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(
  content,
  content = 'kb_chunks',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER kb_chunks_ai AFTER INSERT ON kb_chunks BEGIN
  INSERT INTO kb_chunks_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER kb_chunks_ad AFTER DELETE ON kb_chunks BEGIN
  INSERT INTO kb_chunks_fts (kb_chunks_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER kb_chunks_au AFTER UPDATE ON kb_chunks BEGIN
  INSERT INTO kb_chunks_fts (kb_chunks_fts, rowid, content) VALUES ('delete', old.id, old.content);
  INSERT INTO kb_chunks_fts (rowid, content) VALUES (new.id, new.content);
END;
`;
