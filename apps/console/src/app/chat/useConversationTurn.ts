import { apiErrorFromResponse, type ConversationEvent } from "@noxus/client";
import { streamConversationEvents } from "@noxus/client/sse";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { noxus } from "../api/client.js";

export interface LiveTurn {
  question: string;
  /** Assistant parts received so far from the event stream. */
  reply: ConversationEvent[];
}

/**
 * Sends a message and shows the reply as its events arrive. The message POST answers only
 * once the reply is stored, so the event stream is opened alongside it; a stream that ends
 * before the turn was queued on the server (the two requests race) is simply reopened from
 * the same etag until the POST settles. When it does, the stored conversation is read again.
 */
export function useConversationTurn(
  conversationId: string | undefined,
  etag: string | null | undefined,
) {
  const queryClient = useQueryClient();
  const [live, setLive] = useState<LiveTurn>();
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState(false);

  const send = async (content: string) => {
    if (!conversationId) return;
    setError(undefined);
    setPending(true);
    setLive({ question: content, reply: [] });
    let settled = false;
    const posted = noxus
      .POST("/v1/conversations/{conversation_id}", {
        params: { path: { conversation_id: conversationId } },
        body: { content },
      })
      .finally(() => {
        settled = true;
      });
    const abort = new AbortController();
    const follow = (async () => {
      while (!settled && !abort.signal.aborted) {
        const reply: ConversationEvent[] = [];
        for await (const event of streamConversationEvents(noxus, conversationId, {
          signal: abort.signal,
          ...(etag ? { resumeFrom: etag } : {}),
        })) {
          if (event.role === "user" || event.type === "conversation_end") continue;
          reply.push(event);
          setLive({ question: content, reply: [...reply] });
        }
        if (reply.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })().catch(() => {
      // The stream is only a preview: the POST's answer below is authoritative.
    });
    try {
      const { error: apiError, response } = await posted;
      if (apiError || !response.ok) {
        setError(
          apiErrorFromResponse(response, apiError, {
            method: "POST",
            path: "/v1/conversations/{conversation_id}",
          }),
        );
      }
      await queryClient.invalidateQueries({
        queryKey: ["get", "/v1/conversations/{conversation_id}"],
      });
    } catch (caught) {
      setError(caught);
    } finally {
      abort.abort();
      await follow;
      setLive(undefined);
      setPending(false);
    }
  };
  return { send, live, error, pending };
}
