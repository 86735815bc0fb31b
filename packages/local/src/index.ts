export type { ExtraNode } from "./catalog/extra-nodes.js";
export { createLocalModel, LOCAL_MODEL } from "./models/local-model.js";
export {
  createOpenAICompatibleProvider,
  type OpenAICompatibleOptions,
} from "./models/openai-compatible.js";
export type {
  ChatTurn,
  Completion,
  CompletionChunk,
  CompletionRequest,
  ModelInfo,
  ModelProvider,
} from "./models/provider.js";
export { specPath } from "./spec.js";
export { type LocalServer, type LocalServerOptions, startLocalServer } from "./start.js";
