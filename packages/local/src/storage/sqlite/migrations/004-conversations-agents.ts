// Agents are soft-deleted (`deleted_at`, as the backend reports) so that conversations
// started with them keep their `assistant_id`; their triggers are removed at once.
// JSON columns hold the API shapes (settings, message parts, trigger definitions) as sent.
export const conversationsAgents = `
CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  draft_definition TEXT CHECK (draft_definition IS NULL OR json_valid(draft_definition)),
  visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
  image_url TEXT,
  allow_public_access INTEGER NOT NULL DEFAULT 0 CHECK (allow_public_access IN (0, 1)),
  created_at TEXT NOT NULL,
  last_updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX agents_workspace ON agents (workspace_id, deleted_at, created_at);

CREATE TABLE agent_triggers (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('slack', 'teams')),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  routing_key TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX agent_triggers_agent ON agent_triggers (agent_id, created_at);
CREATE INDEX agent_triggers_workspace ON agent_triggers (workspace_id);

CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  settings TEXT NOT NULL CHECK (json_valid(settings)),
  assistant_id TEXT REFERENCES agents(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'idle' CHECK (status IN ('idle', 'generating')),
  etag TEXT NOT NULL,
  message_count INTEGER NOT NULL DEFAULT 0 CHECK (message_count >= 0),
  created_at TEXT NOT NULL,
  last_updated_at TEXT NOT NULL
);
-- The list shows only conversations with messages, newest activity first.
CREATE INDEX conversations_listing ON conversations (workspace_id, message_count, last_updated_at);
CREATE INDEX conversations_status ON conversations (status);

CREATE TABLE conversation_messages (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  message_parts TEXT NOT NULL CHECK (json_valid(message_parts)),
  etag TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (conversation_id, seq)
);
`;
