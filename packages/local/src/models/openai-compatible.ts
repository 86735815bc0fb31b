import { LOCAL_MODEL } from "./local-model.js";
import type { Completion, CompletionRequest, ModelInfo, ModelProvider } from "./provider.js";

export interface OpenAICompatibleOptions {
  /** e.g. `https://api.openai.com/v1` or a local llama.cpp / vLLM / Ollama endpoint. */
  baseUrl: string;
  apiKey?: string | undefined;
  /** Used when a request names no model, or names the local model. */
  defaultModel: string;
  fetch?: typeof fetch;
}

/**
 * A provider that calls `POST {baseUrl}/chat/completions`. Enabled by configuration
 * (`NOXUS_LOCAL_OPENAI_BASE_URL`, `NOXUS_LOCAL_OPENAI_API_KEY`, `NOXUS_LOCAL_OPENAI_MODEL`).
 */
export function createOpenAICompatibleProvider(options: OpenAICompatibleOptions): ModelProvider {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const send = options.fetch ?? fetch;
  return {
    name: "openai-compatible",
    async complete(request: CompletionRequest): Promise<Completion> {
      const model =
        !request.model || request.model === LOCAL_MODEL ? options.defaultModel : request.model;
      const response = await send(`${baseUrl}/chat/completions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model,
          messages: request.messages,
          ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
          ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
        }),
        signal: request.signal ?? null,
      });
      if (!response.ok) {
        throw new Error(`model provider answered ${response.status} ${response.statusText}`);
      }
      const body = (await response.json()) as {
        model?: string;
        choices?: { message?: { content?: string } }[];
      };
      const text = body.choices?.[0]?.message?.content;
      if (typeof text !== "string") throw new Error("model provider returned no message content");
      return { text, model: body.model ?? model };
    },
    models(): ModelInfo[] {
      return [
        {
          name: options.defaultModel,
          provider: "openai-compatible",
          description: `Served by ${new URL(baseUrl).host}`,
          context_window: 128_000,
        },
      ];
    },
  };
}

/** The provider the environment asks for: OpenAI-compatible when configured, else undefined. */
export function openAICompatibleFromEnv(env: NodeJS.ProcessEnv): ModelProvider | undefined {
  const baseUrl = env.NOXUS_LOCAL_OPENAI_BASE_URL;
  if (!baseUrl) return undefined;
  return createOpenAICompatibleProvider({
    baseUrl,
    apiKey: env.NOXUS_LOCAL_OPENAI_API_KEY,
    defaultModel: env.NOXUS_LOCAL_OPENAI_MODEL ?? "gpt-4o-mini",
  });
}
