import type { ChatTurn, CompletionRequest } from "../models/provider.js";
import type { ConversationSettings, StoredMessage } from "../storage/conversations.js";
import { plainText } from "./rich-text.js";

/** The system message an agent's persona, tone and instructions make, if any. */
export function systemPrompt(settings: ConversationSettings): string | undefined {
  const sections = [
    ["Persona", plainText(settings.persona)],
    ["Tone", plainText(settings.tone)],
    ["Instructions", plainText(settings.extra_instructions)],
  ].filter(([, text]) => text?.trim());
  if (sections.length === 0) return undefined;
  return sections.map(([title, text]) => `${title}:\n${text}`).join("\n\n");
}

/** Text of a message: the content of its parts of its own role (tool parts are not turns). */
function turnText(message: StoredMessage): string {
  return message.parts
    .filter((part) => part.role === message.role && typeof part.content === "string")
    .map((part) => part.content as string)
    .join("\n");
}

/**
 * What the model is asked: the settings' first model (a message's `model_selection` wins),
 * temperature and max_tokens, the system prompt, and the whole history as turns.
 */
export function completionRequest(
  settings: ConversationSettings,
  history: StoredMessage[],
  modelSelection: string[] | null | undefined,
  signal: AbortSignal,
): CompletionRequest {
  const system = systemPrompt(settings);
  const turns: ChatTurn[] = system ? [{ role: "system", content: system }] : [];
  for (const message of history) {
    const content = turnText(message);
    // Failed replies are not something the model said.
    if (message.role === "assistant" && message.parts.some((part) => part.type === "error")) {
      continue;
    }
    turns.push({ role: message.role, content });
  }
  const models = modelSelection?.length
    ? modelSelection
    : (settings.model_selection ?? settings.model);
  return {
    model: models?.[0],
    messages: turns,
    temperature: settings.temperature,
    maxTokens: settings.max_tokens,
    signal,
  };
}
