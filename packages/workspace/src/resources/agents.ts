import type { Agent } from "@noxus/client";
import type { CallOptions } from "../context.js";
import { NoxusInputError } from "../errors.js";
import { Resource } from "../internal/resource.js";
import { requireId, requireObject, requireText } from "../internal/validate.js";
import type { ListOptions, Paginated } from "../pagination.js";
import {
  type AddTriggerInput,
  AgentTriggers,
  type AssistantTrigger,
  type TriggerType,
} from "./agents/triggers.js";
import { type AgentDefinitionInput, toSettings } from "./conversations/settings.js";

export type { AddTriggerInput, AssistantTrigger, TriggerType } from "./agents/triggers.js";
export type { Agent };

/** What `ws.agents.create()` takes: a name and the agent's definition. */
export interface CreateAgentInput {
  name: string;
  /** The agent's settings: `model` (a name or a list), `temperature`, `tools` (default none), … */
  definition: AgentDefinitionInput;
}

/** What `ws.agents.update()` changes; fields left out stay as they are. */
export interface UpdateAgentInput {
  name?: string;
  definition?: AgentDefinitionInput;
}

export interface UpdateAgentOptions extends CallOptions {
  /**
   * Save the definition as a draft (`draft_definition`) and leave the live `definition`
   * as it is (default false).
   */
  preview?: boolean;
}

/**
 * `ws.agents`: agents ("assistants", "co-workers") and their Slack/Teams triggers.
 * Methods return the API's data. To talk to an agent, open a conversation with it:
 * `ws.conversations.create({ name, agentId })`.
 */
export class Agents extends Resource {
  private readonly triggers = new AgentTriggers(this.context);

  /**
   * Creates an agent and returns it as saved (with its id).
   * @throws NoxusInputError when the name or definition is missing or malformed, before any request.
   *
   * @example
   * const agent = await ws.agents.create({
   *   name: "Support",
   *   definition: { model: "gpt-4o", temperature: 0.2, persona: "A patient support agent." },
   * });
   * const chat = await ws.conversations.create({ name: "Ticket 42", agentId: agent.id });
   */
  async create(input: CreateAgentInput, options: CallOptions = {}): Promise<Agent> {
    requireObject(input, "agent");
    const name = requireText(input.name, "agent name");
    if (input.definition == null) {
      throw new NoxusInputError(
        "invalid_settings",
        "An agent needs a definition: { model, temperature, tools?, persona?, … }.",
      );
    }
    const definition = toSettings(input.definition, "definition");
    const { data } = await this.context.client.POST("/v1/agents", {
      body: { name, definition },
      ...this.call(options),
    });
    return data;
  }

  /**
   * The agent with this id.
   * @throws NoxusNotFoundError when there is none in this workspace.
   */
  async get(agentId: string, options: CallOptions = {}): Promise<Agent> {
    const { data } = await this.context.client.GET("/v1/agents/{agent_id}", {
      params: { path: { agent_id: requireId(agentId, "agent id") } },
      ...this.call(options),
    });
    return data;
  }

  /**
   * Every agent of the workspace, a page at a time (the Python SDK only ever reads the
   * first 10).
   */
  list(options: ListOptions = {}): Paginated<Agent> {
    return this.paginate<Agent>(async ({ page, size, signal }) => {
      const { data } = await this.context.client.GET("/v1/agents", {
        params: { query: { page, size } },
        signal,
      });
      return data;
    }, options);
  }

  /** Renames and/or redefines; with `{ preview: true }` the definition becomes the draft. */
  async update(
    agentId: string,
    changes: UpdateAgentInput,
    options: UpdateAgentOptions = {},
  ): Promise<Agent> {
    const id = requireId(agentId, "agent id");
    requireObject(changes, "changes");
    if (changes.name === undefined && changes.definition === undefined) {
      throw new NoxusInputError(
        "nothing_to_update",
        "Give a new name and/or a new definition to update.",
      );
    }
    const body = {
      ...(changes.name !== undefined ? { name: requireText(changes.name, "agent name") } : {}),
      ...(changes.definition !== undefined
        ? { definition: toSettings(changes.definition, "definition") }
        : {}),
    };
    const { data } = await this.context.client.PATCH("/v1/agents/{agent_id}", {
      params: { path: { agent_id: id }, query: { preview: options.preview ?? false } },
      body,
      ...this.call(options),
    });
    return data;
  }

  /**
   * Deletes the agent.
   * @throws NoxusNotFoundError when there is none in this workspace.
   */
  async delete(agentId: string, options: CallOptions = {}): Promise<void> {
    await this.context.client.DELETE("/v1/agents/{agent_id}", {
      params: { path: { agent_id: requireId(agentId, "agent id") } },
      ...this.call(options),
    });
  }

  /** The agent's Slack and Teams triggers (`definition.type` says which). */
  listTriggers(agentId: string, options: CallOptions = {}): Promise<AssistantTrigger[]> {
    return this.triggers.list(agentId, options);
  }

  /** Lets people reach the agent from Slack or Teams. */
  addTrigger(
    agentId: string,
    type: TriggerType,
    input: AddTriggerInput,
    options: CallOptions = {},
  ): Promise<AssistantTrigger> {
    return this.triggers.add(agentId, type, input, options);
  }

  /** Removes a Slack or Teams trigger (its id is in `listTriggers()`). */
  deleteTrigger(triggerId: string, options: CallOptions = {}): Promise<void> {
    return this.triggers.delete(triggerId, options);
  }
}
