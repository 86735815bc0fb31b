import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { $api } from "../api/client.js";
import { useConversationTurn } from "../chat/useConversationTurn.js";
import { ErrorMessage } from "../components/ErrorMessage.js";

type Partner =
  | { kind: "agent"; id: string; name: string }
  | { kind: "model"; id: string; name: string };

function partText(part: { content?: unknown }): string {
  return typeof part.content === "string" ? part.content : JSON.stringify(part.content ?? "");
}

function Messages({
  conversationId,
  live,
}: {
  conversationId: string;
  live: ReturnType<typeof useConversationTurn>["live"];
}) {
  const conversation = $api.useQuery("get", "/v1/conversations/{conversation_id}", {
    params: { path: { conversation_id: conversationId } },
  });
  if (conversation.error)
    return <ErrorMessage error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const messages = conversation.data?.messages ?? [];
  return (
    <ol className="messages" aria-live="polite" data-testid="messages">
      {messages.flatMap((message) =>
        message.message_parts.map((part, index) =>
          part.type === "error" ? (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored message's parts never change order
              key={`${message.id}-${index}`}
              className="message failed"
              data-role="error"
            >
              <span className="who">No reply</span>
              <p>{partText(part)}</p>
            </li>
          ) : (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored message's parts never change order
              key={`${message.id}-${index}`}
              className={`message ${part.role ?? "assistant"}`}
              data-role={part.role}
            >
              <span className="who">{part.role === "user" ? "You" : "Assistant"}</span>
              <p>{partText(part)}</p>
            </li>
          ),
        ),
      )}
      {live && (
        <>
          <li className="message user" data-role="user">
            <span className="who">You</span>
            <p>{live.question}</p>
          </li>
          {live.failure !== undefined ? (
            <li className="message failed" data-role="error">
              <span className="who">No reply</span>
              <p>{live.failure}</p>
            </li>
          ) : (
            // Busy while the text streams in, so a screen reader reads the reply once, whole.
            <li
              className="message assistant"
              data-role="assistant"
              data-testid="live-reply"
              aria-busy={live.done ? undefined : "true"}
            >
              <span className="who">Assistant</span>
              <p>{live.text || "…"}</p>
            </li>
          )}
        </>
      )}
    </ol>
  );
}

/** Talk to an agent of the workspace, or straight to a model. */
export function ChatPage() {
  const queryClient = useQueryClient();
  const agents = $api.useQuery("get", "/v1/agents", {});
  const models = $api.useQuery("get", "/v1/models/llms", {});
  const [choice, setChoice] = useState("");
  const [conversationId, setConversationId] = useState<string>();
  const [text, setText] = useState("");
  const create = $api.useMutation("post", "/v1/conversations", {
    onSuccess: (created) => {
      queryClient.setQueryData(
        [
          "get",
          "/v1/conversations/{conversation_id}",
          { params: { path: { conversation_id: created.id } } },
        ],
        created,
      );
      setConversationId(created.id);
    },
  });
  const turn = useConversationTurn(conversationId);

  const partners: Partner[] = [
    ...(agents.data?.items ?? []).map((agent) => ({
      kind: "agent" as const,
      id: agent.id,
      name: agent.name,
    })),
    ...(models.data ?? []).map((model) => ({
      kind: "model" as const,
      id: model.name,
      name: model.name,
    })),
  ];
  const selected =
    partners.find((partner) => `${partner.kind}:${partner.id}` === choice) ?? partners[0];

  const start = () => {
    if (!selected) return;
    const name = `Console chat with ${selected.name}`;
    if (selected.kind === "agent") {
      create.mutate({
        params: { query: { assistant_id: selected.id } },
        body: { name, settings: null },
      });
    } else {
      create.mutate({
        body: { name, settings: { model: [selected.id], temperature: 0.2, tools: [] } },
      });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const content = text.trim();
    if (!content) return;
    setText("");
    void turn.send(content);
  };

  return (
    <>
      <h1>Chat</h1>
      {(agents.error || models.error) && <ErrorMessage error={agents.error ?? models.error} />}
      <div className="toolbar">
        <label htmlFor="chat-partner">Talk to</label>
        <select
          id="chat-partner"
          value={selected ? `${selected.kind}:${selected.id}` : ""}
          onChange={(event) => {
            setChoice(event.target.value);
            setConversationId(undefined);
          }}
        >
          {partners.length === 0 && <option value="">No agents or models</option>}
          <optgroup label="Agents">
            {partners
              .filter((p) => p.kind === "agent")
              .map((p) => (
                <option key={p.id} value={`agent:${p.id}`}>
                  {p.name}
                </option>
              ))}
          </optgroup>
          <optgroup label="Models">
            {partners
              .filter((p) => p.kind === "model")
              .map((p) => (
                <option key={p.id} value={`model:${p.id}`}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        </select>
        <button type="button" onClick={start} disabled={!selected || create.isPending}>
          {conversationId ? "New conversation" : "Start conversation"}
        </button>
      </div>
      {create.error && <ErrorMessage error={create.error} />}
      {conversationId && (
        <>
          <Messages conversationId={conversationId} live={turn.live} />
          <form className="chat-form" onSubmit={submit}>
            <label htmlFor="chat-message">Message</label>
            <textarea
              id="chat-message"
              rows={2}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) submit(event);
              }}
            />
            <button type="submit" disabled={turn.pending}>
              Send
            </button>
          </form>
          {turn.error != null && <ErrorMessage error={turn.error} />}
        </>
      )}
    </>
  );
}
