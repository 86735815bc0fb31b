import type { Schemas } from "../api-types.js";
import type { PageRequest } from "../http/pagination.js";

export type AgentSettings = Schemas["ConversationSettings"];
export type TriggerType = "slack" | "teams";

export interface AgentChanges {
  name?: string;
  definition?: AgentSettings;
  draftDefinition?: AgentSettings;
}

export interface NewTrigger {
  type: TriggerType;
  definition: Record<string, unknown>;
  routingKey: string;
}

/**
 * Agents ("assistants") and their Slack/Teams triggers. Every method is scoped by workspace;
 * a deleted agent is invisible to all of them (undefined / false), like a missing one.
 */
export interface AgentStore {
  create(
    workspaceId: string,
    input: { name: string; definition: AgentSettings },
  ): Promise<Schemas["Agent"]>;
  get(workspaceId: string, agentId: string): Promise<Schemas["Agent"] | undefined>;
  list(
    workspaceId: string,
    page: PageRequest,
  ): Promise<{ items: Schemas["Agent"][]; total: number }>;
  update(
    workspaceId: string,
    agentId: string,
    changes: AgentChanges,
  ): Promise<Schemas["Agent"] | undefined>;
  /** Marks the agent deleted and removes its triggers, atomically. */
  delete(workspaceId: string, agentId: string): Promise<boolean>;
  /** Undefined when the agent is missing or deleted. */
  createTrigger(
    workspaceId: string,
    agentId: string,
    trigger: NewTrigger,
  ): Promise<Schemas["AssistantTrigger"] | undefined>;
  listTriggers(
    workspaceId: string,
    agentId: string,
  ): Promise<Schemas["AssistantTrigger"][] | undefined>;
  deleteTrigger(workspaceId: string, triggerId: string): Promise<boolean>;
}
