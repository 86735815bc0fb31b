import type { AssistantTrigger } from "@noxus/client";
import type { CallOptions } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { Resource } from "../../internal/resource.js";
import {
  describeValue,
  optionalText,
  requireId,
  requireObject,
  requireText,
} from "../../internal/validate.js";

export type { AssistantTrigger };

/** Where an agent can be reached from. */
export type TriggerType = "slack" | "teams";

/** Where a Slack or Teams trigger listens: the team or tenant, and optionally one channel and a keyword. */
export interface AddTriggerInput {
  /** The Slack team / Teams tenant the agent listens in. */
  teamId: string;
  /** One channel only (default: any). */
  channel?: string;
  /** Answer only messages with this keyword (default: any). */
  keyword?: string;
}

const TRIGGER_TYPES: readonly TriggerType[] = ["slack", "teams"];
/** An agent's Slack and Teams triggers; `ws.agents` exposes them as `listTriggers` & co. */
export class AgentTriggers extends Resource {
  /** An agent's triggers: a plain array on the API. */
  async list(agentId: string, options: CallOptions = {}): Promise<AssistantTrigger[]> {
    const { data } = await this.client.GET("/v1/agents/{agent_id}/triggers", {
      params: { path: { agent_id: requireId(agentId, "agent id") } },
      ...this.call(options),
    });
    return data;
  }

  async add(
    agentId: string,
    type: TriggerType,
    input: AddTriggerInput,
    options: CallOptions = {},
  ): Promise<AssistantTrigger> {
    const id = requireId(agentId, "agent id");
    if (!TRIGGER_TYPES.includes(type)) {
      throw new NoxusInputError(
        "invalid_trigger_type",
        `A trigger is "slack" or "teams", got ${describeValue(type)}.`,
      );
    }
    requireObject(input, "trigger");
    const teamId = requireText(input.teamId, `${type} teamId`, "invalid_trigger");
    const channel = optionalText(input.channel, "channel");
    const keyword = optionalText(input.keyword, "keyword");
    const { data } = await this.client.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
      params: { path: { agent_id: id, trigger_type: type } },
      body: { team_id: teamId, channel: channel ?? null, keyword: keyword ?? null },
      ...this.call(options),
    });
    return data;
  }

  async delete(triggerId: string, options: CallOptions = {}): Promise<void> {
    await this.client.DELETE("/v1/triggers/{trigger_id}", {
      params: { path: { trigger_id: requireId(triggerId, "trigger id") } },
      ...this.call(options),
    });
  }
}
