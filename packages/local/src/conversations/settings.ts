import type { Schemas } from "../api-types.js";
import { invalid } from "../http/errors.js";

type Settings = Schemas["ConversationSettings"];

export const DEFAULT_MAX_TOKENS = 64000;

/**
 * Conversation settings (also an agent's definition) as stored and answered. The SDK sends
 * the model list as `model`, the backend and docs use `model_selection` (reference §2.7,
 * §8.11): either is accepted and both are answered, so every client finds the name it reads.
 * Rich-text settings (persona, tone, extra_instructions) are kept exactly as sent.
 * `loc` is where the settings sit in the request, for the 422 detail.
 */
export function normalizeSettings(input: Settings, loc: (string | number)[]): Settings {
  const models = chooseModels(input, loc);
  if (input.max_tokens !== undefined && input.max_tokens < 1) {
    throw invalid([...loc, "max_tokens"], "max_tokens must be at least 1.");
  }
  return {
    ...input,
    model: models,
    model_selection: models,
    temperature: input.temperature,
    max_tokens: input.max_tokens ?? DEFAULT_MAX_TOKENS,
    tools: input.tools.map((tool) => ({ ...tool, enabled: tool.enabled ?? true })),
    persona: input.persona ?? null,
    tone: input.tone ?? null,
    extra_instructions: input.extra_instructions ?? null,
    agent_flow_id: input.agent_flow_id ?? null,
  };
}

function chooseModels(input: Settings, loc: (string | number)[]): string[] {
  const { model, model_selection: selection } = input;
  if (model && selection && !sameList(model, selection)) {
    throw invalid(
      [...loc, "model_selection"],
      "model and model_selection are two names for the same list and disagree; send one of them.",
    );
  }
  const models = selection ?? model;
  if (!models || models.length === 0) {
    throw invalid(
      [...loc, "model"],
      'Name at least one model, as `model` or `model_selection` (e.g. ["gpt-4o"]).',
      "missing",
    );
  }
  if (models.some((name) => name.trim() === "")) {
    throw invalid([...loc, "model"], "Model names must not be empty.");
  }
  return models;
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);
