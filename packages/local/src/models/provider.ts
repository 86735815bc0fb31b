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

/** A completion produced piece by piece: `text` deltas as they come, then the whole. */
export type CompletionChunk =
  | { type: "delta"; text: string }
  | { type: "done"; completion: Completion };

export interface ModelProvider {
  readonly name: string;
  complete(request: CompletionRequest): Promise<Completion>;
  /**
   * Optional: the completion as it is produced, ending with one `done` chunk whose text is
   * the deltas joined. Providers without it are streamed as one delta once `complete()`
   * answers (see `streamCompletion`).
   */
  stream?(request: CompletionRequest): AsyncIterable<CompletionChunk>;
  models(): ModelInfo[];
}

/** The provider's stream, or its `complete()` as a one-delta stream. */
export async function* streamCompletion(
  provider: ModelProvider,
  request: CompletionRequest,
): AsyncGenerator<CompletionChunk> {
  if (provider.stream) {
    yield* provider.stream(request);
    return;
  }
  const completion = await provider.complete(request);
  if (completion.text) yield { type: "delta", text: completion.text };
  yield { type: "done", completion };
}
