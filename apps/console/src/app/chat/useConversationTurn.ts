import { streamChat } from "@noxus/client/sse";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { noxus } from "../api/client.js";

export interface LiveTurn {
  question: string;
  /** The reply's text so far: the `text_delta` pieces joined, then the final reply's text. */
  text: string;
  /** Why the model wrote no reply (an `error` part), shown as an error rather than an answer. */
  failure?: string;
  /** True once the final reply (or its failure) arrived: the bubble is no longer busy. */
  done: boolean;
}

function partText(part: { content?: unknown }): string {
  return typeof part.content === "string" ? part.content : "";
}

/**
 * Sends a message through `streamChat` and shows the reply as its text arrives, then the
 * final reply; afterwards the stored conversation is read again and takes the turn's place.
 * Sending is not idempotent, so a stream that fails is reported, never retried.
 */
export function useConversationTurn(conversationId: string | undefined) {
  const queryClient = useQueryClient();
  const [live, setLive] = useState<LiveTurn>();
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  const send = async (content: string) => {
    if (!conversationId) return;
    setError(undefined);
    setPending(true);
    let turn: LiveTurn = { question: content, text: "", done: false };
    const show = (next: Partial<LiveTurn>) => {
      turn = { ...turn, ...next };
      setLive(turn);
    };
    show({});
    try {
      for await (const event of streamChat(noxus, conversationId, { content })) {
        if (event.type === "text_delta") {
          show({ text: turn.text + event.content });
        } else if (event.type === "message_part" && event.part.type === "error") {
          show({ failure: partText(event.part) || "The model could not answer.", done: true });
        } else if (event.type === "reply" && !turn.failure) {
          const text = event.message.parts
            .filter((part) => part.type !== "error")
            .map(partText)
            .join("");
          show({ text: text || turn.text, done: true });
        }
      }
    } catch (caught) {
      setError(caught);
    } finally {
      try {
        await queryClient.invalidateQueries({
          queryKey: ["get", "/v1/conversations/{conversation_id}"],
        });
      } finally {
        setLive(undefined);
        setPending(false);
      }
    }
  };
  return { send, live, error, pending };
}
