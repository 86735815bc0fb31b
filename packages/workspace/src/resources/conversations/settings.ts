import type { Schema } from "@noxus/client";
import { NoxusInputError } from "../../errors.js";
import { describeValue, requireObject } from "../../internal/validate.js";

/** Conversation settings, which are also an agent's definition. */
export type ConversationSettings = Schema<"ConversationSettings">;
/** A tool of a conversation or agent, told apart by `type` (`web_research`, `kb_qa`, …). */
export type ConversationTool = Schema<"ConversationTool">;

/**
 * Settings as the SDK takes them: `model` may be one name or a list, `tools` may be left
 * out (none). `model_selection` (the backend's name for the list, as found in a fetched
 * agent's `definition`) is accepted instead of `model`, so a definition read from the API
 * can be passed back as it is.
 */
export interface ConversationSettingsInput
  extends Omit<ConversationSettings, "model" | "model_selection" | "tools"> {
  /** The model(s) to answer with, e.g. `"gpt-4o"` or `["gpt-4o", "claude-4-sonnet"]`. */
  model?: string | readonly string[];
  /** Same list under the backend's name; give `model` or this, not two different lists. */
  model_selection?: readonly string[];
  /** Default: no tools (the backend may still add its own). */
  tools?: ConversationTool[];
}

/** The definition of an agent: the same shape and conveniences as conversation settings. */
export type AgentDefinitionInput = ConversationSettingsInput;

/**
 * Checks settings and shapes them for the wire. The model list is sent as both `model`
 * (what the Python SDK sends) and `model_selection` (what the backend answers and the docs
 * use), with the same value, so the request means the same whichever name a server reads.
 * `what` says where the settings sit in the call ("settings", "definition").
 */
export function toSettings(input: ConversationSettingsInput, what: string): ConversationSettings {
  requireObject(input, what);
  const models = modelList(input, what);
  const { temperature, max_tokens: maxTokens, tools = [] } = input;
  if (typeof temperature !== "number" || !Number.isFinite(temperature) || temperature < 0) {
    throw new NoxusInputError(
      "invalid_settings",
      `${what}.temperature must be a number ≥ 0 (e.g. 0.4), got ${describeValue(temperature)}.`,
    );
  }
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens < 1)) {
    throw new NoxusInputError(
      "invalid_settings",
      `${what}.max_tokens must be a positive integer (default 64000), got ${describeValue(maxTokens)}.`,
    );
  }
  if (!Array.isArray(tools)) {
    throw new NoxusInputError(
      "invalid_settings",
      `${what}.tools must be a list of tools ({ type: "web_research" }, …), got ${describeValue(tools)}.`,
    );
  }
  tools.forEach((tool, index) => {
    if (typeof tool !== "object" || tool === null || typeof tool.type !== "string" || !tool.type) {
      throw new NoxusInputError(
        "invalid_settings",
        `${what}.tools[${index}] needs a string \`type\` (e.g. "web_research", "kb_qa").`,
      );
    }
  });
  return { ...input, model: models, model_selection: models, temperature, tools };
}

function modelList(input: ConversationSettingsInput, what: string): string[] {
  const given = input.model ?? input.model_selection;
  const models = typeof given === "string" ? [given] : given ? [...given] : [];
  if (models.length === 0) {
    throw new NoxusInputError(
      "invalid_settings",
      `${what}.model must name at least one model, e.g. "gpt-4o" or ["gpt-4o"]; list them with GET /v1/models/llms.`,
    );
  }
  if (models.some((name) => typeof name !== "string" || name.trim() === "")) {
    throw new NoxusInputError("invalid_settings", `${what}.model must not contain empty names.`);
  }
  const selection = input.model_selection;
  if (input.model !== undefined && selection !== undefined && !sameList(models, selection)) {
    throw new NoxusInputError(
      "invalid_settings",
      `${what}.model and ${what}.model_selection are two names for one list and disagree; give one of them.`,
    );
  }
  return models;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);
