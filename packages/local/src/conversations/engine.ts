import { type Completion, type ModelProvider, streamCompletion } from "../models/provider.js";
import type { ConversationStore, MessagePart, StoredMessage } from "../storage/conversations.js";
import { completionRequest } from "./prompt.js";
import { KeyedQueue } from "./queue.js";

export interface Turn {
  user: StoredMessage;
  reply: StoredMessage;
}

/** Watches a turn as it happens (the `/stream` endpoint forwards each step to its client). */
export interface TurnObserver {
  /** The user's message is stored. */
  question?(message: StoredMessage): void;
  /** A piece of the reply's text, as the model produces it. */
  delta?(text: string): void;
}

/**
 * Conversation turns: the user's message is stored first (so an event stream opened
 * meanwhile shows it), then the reply is generated with the conversation's settings and
 * stored. A failed generation is stored as an `error` reply rather than lost, so the
 * conversation never waits for an answer that will not come.
 */
export function createConversationEngine(store: ConversationStore, models: ModelProvider) {
  const queue = new KeyedQueue();
  const stopping = new AbortController();

  async function turn(
    workspaceId: string,
    conversationId: string,
    question: MessagePart,
    modelSelection: string[] | null | undefined,
    observer: TurnObserver,
  ): Promise<Turn | undefined> {
    const conversation = await store.get(workspaceId, conversationId);
    if (!conversation) return undefined;
    const user = await store.appendMessage(workspaceId, conversationId, {
      role: "user",
      parts: [question],
      status: "generating",
    });
    if (!user) return undefined;
    observer.question?.(user);
    const history = await store.messagesAfter(workspaceId, conversationId, 0);
    let answer: MessagePart;
    try {
      const request = completionRequest(
        conversation.settings,
        history,
        modelSelection,
        stopping.signal,
      );
      let completion: Completion | undefined;
      for await (const chunk of streamCompletion(models, request)) {
        if (chunk.type === "delta") observer.delta?.(chunk.text);
        else completion = chunk.completion;
      }
      if (!completion) throw new Error("the model ended without a reply");
      answer = {
        role: "assistant",
        type: "text",
        content: completion.text,
        model: completion.model,
      };
    } catch (error) {
      const reason = stopping.signal.aborted
        ? "the server shut down while the reply was being written"
        : (error as Error).message;
      answer = { role: "assistant", type: "error", content: `No reply: ${reason}.` };
    }
    const reply = await store.appendMessage(workspaceId, conversationId, {
      role: "assistant",
      parts: [answer],
      status: "idle",
    });
    return reply && { user, reply };
  }

  return {
    /** Queues a turn; undefined when the conversation does not exist (or was deleted). */
    send(
      workspaceId: string,
      conversationId: string,
      question: MessagePart,
      modelSelection: string[] | null | undefined,
      observer: TurnObserver = {},
    ): Promise<Turn | undefined> {
      return queue.run(conversationId, () =>
        turn(workspaceId, conversationId, question, modelSelection, observer),
      );
    },
    /** Settles when the turns queued so far for the conversation are stored. */
    pending(conversationId: string): Promise<void> | undefined {
      return queue.pending(conversationId);
    },
    async stop(): Promise<void> {
      stopping.abort();
      await queue.drain();
    },
  };
}

export type ConversationEngine = ReturnType<typeof createConversationEngine>;
