import type { AssistantTrigger } from "@noxus/client";
import type { CallOptions, WorkspaceContext } from "../../context.js";
import { NoxusInputError } from "../../errors.js";
import { callInit } from "../../internal/resource.js";
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

export interface AddTriggerInput {
  /** The Slack team / Teams tenant the agent listens in. */
  teamId: string;
  /** One channel only (default: any). */
  channel?: string;
  /** Answer only messages with this keyword (default: any). */
  keyword?: string;
}

const TRIGGER_TYPES: readonly TriggerType[] = ["slack", "teams"];
/** An agent's triggers: a plain array on the API (reference §2.8). */
export async function listTriggers(
  context: WorkspaceContext,
  agentId: string,
  options: CallOptions = {},
): Promise<AssistantTrigger[]> {
  const { data } = await context.client.GET("/v1/agents/{agent_id}/triggers", {
    params: { path: { agent_id: requireId(agentId, "agent id") } },
    ...callInit(options),
  });
  return data;
}

export async function addTrigger(
  context: WorkspaceContext,
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
  const { data } = await context.client.POST("/v1/agents/{agent_id}/triggers/{trigger_type}", {
    params: { path: { agent_id: id, trigger_type: type } },
    body: { team_id: teamId, channel: channel ?? null, keyword: keyword ?? null },
    ...callInit(options),
  });
  return data;
}

export async function deleteTrigger(
  context: WorkspaceContext,
  triggerId: string,
  options: CallOptions = {},
): Promise<void> {
  await context.client.DELETE("/v1/triggers/{trigger_id}", {
    params: { path: { trigger_id: requireId(triggerId, "trigger id") } },
    ...callInit(options),
  });
}
