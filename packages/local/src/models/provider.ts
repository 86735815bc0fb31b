/**
 * How the server produces text for TextGenerationNode, SummaryNode, conversations and
 * agents. The built-in local model is deterministic so that tests and demos can assert
 * exact outputs; an OpenAI-compatible HTTP provider can be switched on by configuration.
 */
export interface ChatTurn {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface CompletionRequest {
  /** A model name from the catalog (`GET /v1/models/llms`), or a provider-specific one. */
  model?: string | undefined;
  messages: ChatTurn[];
  temperature?: number | undefined;
  maxTokens?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface Completion {
  text: string;
  model: string;
}

export interface ModelInfo {
  name: string;
  provider: string;
  description: string;
  context_window: number;
}

export interface ModelProvider {
  readonly name: string;
  complete(request: CompletionRequest): Promise<Completion>;
  models(): ModelInfo[];
}
