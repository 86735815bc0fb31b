import { normalizeSettings } from "../conversations/settings.js";
import type { ResourceGroupFactory } from "../http/context.js";
import { invalid, notFound } from "../http/errors.js";
import { readPage, toPage } from "../http/pagination.js";

const AGENT_NOT_FOUND = "Agent not found";

/**
 * Where messages of a Slack or Teams trigger are routed: deterministic from what the trigger
 * listens to, so the same team and channel always route the same way.
 */
export function routingKey(type: string, teamId: string, channel: string | null): string {
  return channel ? `${type}:${teamId}:${channel}` : `${type}:${teamId}`;
}

/** Agents ("assistants", "co-workers") and their Slack/Teams triggers (reference §2.8). */
export const agentsGroup: ResourceGroupFactory = ({ storage }) => {
  const { agents } = storage;
  return {
    handlers: {
      async listAgents(request) {
        const page = readPage(request.query);
        const { items, total } = await agents.list(request.auth.workspaceId, page);
        return toPage(items, total, page);
      },

      async createAgent(request) {
        const body = request.body;
        const definition = normalizeSettings(body.definition, ["body", "definition"]);
        return agents.create(request.auth.workspaceId, { name: body.name, definition });
      },

      async getAgent(request) {
        const { agent_id } = request.params;
        const agent = await agents.get(request.auth.workspaceId, agent_id);
        if (!agent) throw notFound(AGENT_NOT_FOUND);
        return agent;
      },

      async updateAgent(request) {
        const { agent_id } = request.params;
        const { preview } = request.query;
        const body = request.body;
        const definition = body.definition
          ? normalizeSettings(body.definition, ["body", "definition"])
          : undefined;
        // A preview saves the definition as the draft; the live definition stays as it is.
        const updated = await agents.update(request.auth.workspaceId, agent_id, {
          ...(body.name != null ? { name: body.name } : {}),
          ...(definition ? (preview ? { draftDefinition: definition } : { definition }) : {}),
        });
        if (!updated) throw notFound(AGENT_NOT_FOUND);
        return updated;
      },

      async deleteAgent(request) {
        const { agent_id } = request.params;
        if (!(await agents.delete(request.auth.workspaceId, agent_id))) {
          throw notFound(AGENT_NOT_FOUND);
        }
        return { success: true, id: agent_id };
      },

      async listAgentTriggers(request) {
        const { agent_id } = request.params;
        const triggers = await agents.listTriggers(request.auth.workspaceId, agent_id);
        if (!triggers) throw notFound(AGENT_NOT_FOUND);
        return triggers;
      },

      async createAgentTrigger(request) {
        const { agent_id, trigger_type: type } = request.params;
        const body = request.body;
        const teamId = body.team_id;
        if (!teamId.trim()) {
          throw invalid(["body", "team_id"], `team_id must name the ${type} team (workspace).`);
        }
        // An empty channel or keyword means "any", like an absent one.
        const channel = body.channel || null;
        const keyword = body.keyword || null;
        const trigger = await agents.createTrigger(request.auth.workspaceId, agent_id, {
          type,
          definition: { type, team_id: teamId, channel, keyword },
          routingKey: routingKey(type, teamId, channel),
        });
        if (!trigger) throw notFound(AGENT_NOT_FOUND);
        return trigger;
      },

      async deleteTrigger(request) {
        const { trigger_id } = request.params;
        if (!(await agents.deleteTrigger(request.auth.workspaceId, trigger_id))) {
          throw notFound("Trigger not found");
        }
        return { success: true, id: trigger_id };
      },
    },
  };
};
