import type { ResourceGroupFactory } from "../http/context.js";

/**
 * Chat presets shown by the hosted platform are not documented beyond "a list of dicts"
 * (reference §2.1); these are the local equivalents, built on the configured models.
 */
function presetsFor(models: string[]) {
  const model = models[0] ?? "noxus-local-echo";
  return [
    {
      id: "balanced",
      name: "Balanced",
      model_selection: [model],
      temperature: 0.4,
      max_tokens: 64000,
    },
    { id: "precise", name: "Precise", model_selection: [model], temperature: 0, max_tokens: 64000 },
    {
      id: "creative",
      name: "Creative",
      model_selection: [model],
      temperature: 0.9,
      max_tokens: 64000,
    },
  ];
}

/** LLM models and chat presets (reference §2.1). The node catalog belongs to workflows. */
export const platformGroup: ResourceGroupFactory = ({ models }) => ({
  handlers: {
    async listLlmModels() {
      return models.models().map((model) => ({ ...model }));
    },
    async listChatPresets() {
      return presetsFor(models.models().map((model) => model.name));
    },
  },
});
