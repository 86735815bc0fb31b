import type { Schemas } from "../../api-types.js";
import { newId, nowIso } from "../../domain/ids.js";
import type { AgentSettings, AgentStore } from "../agents.js";
import type { Db } from "./database.js";

interface AgentRow {
  id: string;
  workspace_id: string;
  name: string;
  description: string | null;
  definition: string;
  draft_definition: string | null;
  visible: number;
  image_url: string | null;
  allow_public_access: number;
  created_at: string;
  last_updated_at: string;
  deleted_at: string | null;
}

interface TriggerRow {
  id: string;
  workspace_id: string;
  agent_id: string;
  definition: string;
  routing_key: string;
}

const toAgent = (row: AgentRow): Schemas["Agent"] => ({
  id: row.id,
  name: row.name,
  definition: JSON.parse(row.definition) as AgentSettings,
  draft_definition: row.draft_definition
    ? (JSON.parse(row.draft_definition) as AgentSettings)
    : null,
  group_id: row.workspace_id,
  description: row.description,
  visible: row.visible === 1,
  image_url: row.image_url,
  allow_public_access: row.allow_public_access === 1,
  created_at: row.created_at,
  last_updated_at: row.last_updated_at,
  deleted_at: row.deleted_at,
});

const toTrigger = (row: TriggerRow): Schemas["AssistantTrigger"] => ({
  id: row.id,
  group_id: row.workspace_id,
  definition: JSON.parse(row.definition) as Schemas["AssistantTrigger"]["definition"],
  routing_key: row.routing_key,
  assistant_id: row.agent_id,
});

export function sqliteAgentStore(db: Db): AgentStore {
  const live = "workspace_id = ? AND id = ? AND deleted_at IS NULL";
  const insertAgent = db.prepare(
    "INSERT INTO agents (id, workspace_id, name, definition, created_at, last_updated_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const selectAgent = db.prepare(`SELECT * FROM agents WHERE ${live}`);
  const countAgents = db.prepare(
    "SELECT COUNT(*) AS total FROM agents WHERE workspace_id = ? AND deleted_at IS NULL",
  );
  const pageAgents = db.prepare(
    "SELECT * FROM agents WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?",
  );
  const updateAgent = db.prepare(
    `UPDATE agents SET name = coalesce(?, name), definition = coalesce(?, definition), draft_definition = coalesce(?, draft_definition), last_updated_at = ? WHERE ${live}`,
  );
  const markDeleted = db.prepare(
    `UPDATE agents SET deleted_at = ?, last_updated_at = ? WHERE ${live}`,
  );
  const deleteTriggersOf = db.prepare("DELETE FROM agent_triggers WHERE agent_id = ?");
  const insertTrigger = db.prepare(
    "INSERT INTO agent_triggers (id, workspace_id, agent_id, type, definition, routing_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const selectTrigger = db.prepare("SELECT * FROM agent_triggers WHERE id = ?");
  const selectTriggersOf = db.prepare(
    "SELECT * FROM agent_triggers WHERE workspace_id = ? AND agent_id = ? ORDER BY created_at, rowid",
  );
  const deleteTrigger = db.prepare("DELETE FROM agent_triggers WHERE workspace_id = ? AND id = ?");

  const getAgent = (workspaceId: string, agentId: string) =>
    selectAgent.get(workspaceId, agentId) as AgentRow | undefined;

  const remove = db.transaction((workspaceId: string, agentId: string): boolean => {
    const now = nowIso();
    if (markDeleted.run(now, now, workspaceId, agentId).changes === 0) return false;
    deleteTriggersOf.run(agentId);
    return true;
  });

  const addTrigger = db.transaction(
    (workspaceId: string, agentId: string, type: string, definition: string, key: string) => {
      if (!getAgent(workspaceId, agentId)) return undefined;
      const id = newId();
      insertTrigger.run(id, workspaceId, agentId, type, definition, key, nowIso());
      return toTrigger(selectTrigger.get(id) as TriggerRow);
    },
  );

  return {
    async create(workspaceId, input) {
      const id = newId();
      const now = nowIso();
      insertAgent.run(id, workspaceId, input.name, JSON.stringify(input.definition), now, now);
      return toAgent(getAgent(workspaceId, id) as AgentRow);
    },

    async get(workspaceId, agentId) {
      const row = getAgent(workspaceId, agentId);
      return row && toAgent(row);
    },

    async list(workspaceId, page) {
      const { total } = countAgents.get(workspaceId) as { total: number };
      const rows = pageAgents.all(workspaceId, page.size, page.offset) as AgentRow[];
      return { items: rows.map(toAgent), total };
    },

    async update(workspaceId, agentId, changes) {
      if (Object.values(changes).every((value) => value === undefined)) {
        const row = getAgent(workspaceId, agentId);
        return row && toAgent(row);
      }
      const json = (value: AgentSettings | undefined) =>
        value === undefined ? null : JSON.stringify(value);
      updateAgent.run(
        changes.name ?? null,
        json(changes.definition),
        json(changes.draftDefinition),
        nowIso(),
        workspaceId,
        agentId,
      );
      const row = getAgent(workspaceId, agentId);
      return row && toAgent(row);
    },

    async delete(workspaceId, agentId) {
      return remove(workspaceId, agentId);
    },

    async createTrigger(workspaceId, agentId, trigger) {
      return addTrigger(
        workspaceId,
        agentId,
        trigger.type,
        JSON.stringify(trigger.definition),
        trigger.routingKey,
      );
    },

    async listTriggers(workspaceId, agentId) {
      if (!getAgent(workspaceId, agentId)) return undefined;
      return (selectTriggersOf.all(workspaceId, agentId) as TriggerRow[]).map(toTrigger);
    },

    async deleteTrigger(workspaceId, triggerId) {
      return deleteTrigger.run(workspaceId, triggerId).changes > 0;
    },
  };
}
