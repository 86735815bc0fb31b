import type { BodyOf } from "../api-types.js";
import { createConversationEngine } from "../conversations/engine.js";
import { etagPosition } from "../conversations/etag.js";
import { streamConversation } from "../conversations/events.js";
import { userMessagePart } from "../conversations/messages.js";
import { normalizeSettings } from "../conversations/settings.js";
import { chatMessage, streamTurn } from "../conversations/stream-turn.js";
import type { ResourceGroupFactory } from "../http/context.js";
import { invalid, notFound } from "../http/errors.js";
import { readPage, toPage } from "../http/pagination.js";
import { openEventStream } from "../http/sse.js";

const CONVERSATION_NOT_FOUND = "Conversation not found";

/**
 * Conversations, their messages and their event stream (reference §2.7, §3.4). A message
 * is answered by the configured model before the request returns (`streamChat` streams the
 * reply as it is written); the event stream replays stored messages, so it can be opened at
 * any time.
 */
export const conversationsGroup: ResourceGroupFactory = ({ storage, models, config }) => {
  const { conversations, agents } = storage;
  const engine = createConversationEngine(conversations, models);

  const existing = async (workspaceId: string, conversationId: string) => {
    const conversation = await conversations.get(workspaceId, conversationId);
    if (!conversation) throw notFound(CONVERSATION_NOT_FOUND);
    return conversation;
  };

  /** A conversation with an agent starts from the agent's live definition. */
  const agentDefinition = async (workspaceId: string, agentId: string) => {
    const agent = await agents.get(workspaceId, agentId);
    if (!agent) throw notFound("Agent not found");
    return agent.definition;
  };

  /** Validates before anything is written; the turn itself is queued behind earlier ones. */
  const takeTurn = async (
    workspaceId: string,
    conversationId: string,
    body: BodyOf<"addMessage">,
  ) => {
    const question = userMessagePart(body, config.maxFileBytes);
    await existing(workspaceId, conversationId);
    const turn = await engine.send(workspaceId, conversationId, question, body.model_selection);
    if (!turn) throw notFound(CONVERSATION_NOT_FOUND);
    return turn;
  };

  return {
    async start() {
      await conversations.resetGenerating();
    },
    async stop() {
      await engine.stop();
    },
    handlers: {
      async listConversations(request) {
        const page = readPage(request.query);
        const { items, total } = await conversations.list(request.auth.workspaceId, page);
        return toPage(items, total, page);
      },

      async createConversation(request) {
        const { workspaceId } = request.auth;
        const body = request.body;
        const { assistant_id: assistantId } = request.query;
        if (body.settings) {
          if (assistantId) {
            throw invalid(
              ["query", "assistant_id"],
              "Give either settings or ?assistant_id, not both: a conversation with an agent takes its settings from the agent.",
            );
          }
          const settings = normalizeSettings(body.settings, ["body", "settings"]);
          return conversations.create(workspaceId, {
            name: body.name,
            settings,
            assistantId: null,
          });
        }
        if (!assistantId) {
          throw invalid(
            ["body", "settings"],
            "Give the conversation's settings, or talk to an agent with ?assistant_id=<agent id> and settings null.",
            "missing",
          );
        }
        const settings = await agentDefinition(workspaceId, assistantId);
        return conversations.create(workspaceId, { name: body.name, settings, assistantId });
      },

      async getConversation(request) {
        const { conversation_id } = request.params;
        return existing(request.auth.workspaceId, conversation_id);
      },

      async updateConversation(request) {
        const { workspaceId } = request.auth;
        const { conversation_id } = request.params;
        const body = request.body;
        // The SDK always sends both keys; null means "leave as it is".
        const settings = body.settings
          ? normalizeSettings(body.settings, ["body", "settings"])
          : undefined;
        await existing(workspaceId, conversation_id);
        const updated = await conversations.update(workspaceId, conversation_id, {
          ...(body.name != null ? { name: body.name } : {}),
          ...(settings ? { settings } : {}),
        });
        if (!updated) throw notFound(CONVERSATION_NOT_FOUND);
        return updated;
      },

      async deleteConversation(request) {
        const { conversation_id } = request.params;
        if (!(await conversations.delete(request.auth.workspaceId, conversation_id))) {
          throw notFound(CONVERSATION_NOT_FOUND);
        }
        return { success: true, id: conversation_id };
      },

      async addMessage(request) {
        const { workspaceId } = request.auth;
        const { conversation_id } = request.params;
        await takeTurn(workspaceId, conversation_id, request.body);
        return existing(workspaceId, conversation_id);
      },

      async chat(request) {
        const { conversation_id } = request.params;
        const { reply } = await takeTurn(request.auth.workspaceId, conversation_id, request.body);
        return chatMessage(reply);
      },

      async streamChat(request, reply) {
        const { workspaceId } = request.auth;
        const { conversation_id } = request.params;
        const body = request.body;
        // Everything is checked before the stream opens, so bad input is still a 4xx.
        const question = userMessagePart(body, config.maxFileBytes);
        await existing(workspaceId, conversation_id);
        const stream = openEventStream(request, reply, config.keepAliveMs);
        await streamTurn({
          stream,
          engine,
          workspaceId,
          conversationId: conversation_id,
          question,
          modelSelection: body.model_selection,
        });
        return reply;
      },

      async streamConversationEvents(request, reply) {
        const { workspaceId } = request.auth;
        const { conversation_id } = request.params;
        const query = request.query;
        await existing(workspaceId, conversation_id);
        // The SSE standard's reconnection header resumes too, when no etag is given.
        const lastEventId = request.headers["last-event-id"];
        const etag = query.etag ?? (typeof lastEventId === "string" ? lastEventId : undefined);
        const afterSeq =
          etag === undefined ? 0 : await positionOf(workspaceId, conversation_id, etag);
        const stream = openEventStream(request, reply, config.keepAliveMs);
        await streamConversation({
          stream,
          store: conversations,
          engine,
          workspaceId,
          conversationId: conversation_id,
          afterSeq,
          json: query.format === "json",
        });
        return reply;
      },
    },
  };

  /** The position an etag of this conversation names; anything else is a 422. */
  async function positionOf(workspaceId: string, conversationId: string, etag: string) {
    const seq = etagPosition(etag);
    if (seq === 0) return 0;
    if (seq !== undefined) {
      const named = await conversations.messageAt(workspaceId, conversationId, seq);
      if (named?.etag === etag) return seq;
    }
    throw invalid(
      ["query", "etag"],
      `${JSON.stringify(etag)} is not an etag of this conversation; pass the etag of this conversation as returned by GET /v1/conversations/{id}, or none to receive every message.`,
    );
  }
};
