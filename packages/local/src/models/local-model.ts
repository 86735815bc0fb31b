import type {
  Completion,
  CompletionChunk,
  CompletionRequest,
  ModelInfo,
  ModelProvider,
} from "./provider.js";

export const LOCAL_MODEL = "noxus-local-echo";

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * The built-in model. Documented behaviour, relied on by tests and demos:
 * - it answers with the content of the last user message, verbatim (for a workflow's
 *   TextGenerationNode that is the rendered template, so outputs show exactly what the
 *   template produced);
 * - when `maxTokens` is set, the answer is cut to that many whitespace-separated words;
 * - it never calls the network and always answers in the same way for the same input;
 * - `delayMs` (option, or `NOXUS_LOCAL_MODEL_DELAY_MS`) makes every answer take that long,
 *   so tests and demos can watch runs in progress, time out and stop them;
 * - streamed, the answer comes word by word (each delta a word with the spaces before it),
 *   after the same delay.
 */
export function createLocalModel(options: { delayMs?: number } = {}): ModelProvider {
  const delayMs = options.delayMs ?? 0;
  const complete = async (request: CompletionRequest): Promise<Completion> => {
    if (delayMs > 0) await sleep(delayMs, request.signal);
    const lastUser = [...request.messages].reverse().find((turn) => turn.role === "user");
    let text = lastUser?.content ?? "";
    if (request.maxTokens !== undefined && request.maxTokens > 0) {
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length > request.maxTokens) text = words.slice(0, request.maxTokens).join(" ");
    }
    return { text, model: LOCAL_MODEL };
  };
  return {
    name: "local",
    complete,
    async *stream(request: CompletionRequest): AsyncGenerator<CompletionChunk> {
      const completion = await complete(request);
      for (const word of completion.text.match(/\s*\S+|\s+$/g) ?? []) {
        yield { type: "delta", text: word };
      }
      yield { type: "done", completion };
    },
    models(): ModelInfo[] {
      return [
        {
          name: LOCAL_MODEL,
          provider: "noxus-local",
          description: "Deterministic local model: answers with the last user message.",
          context_window: 1_000_000,
        },
      ];
    },
  };
}
