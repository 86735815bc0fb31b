/**
 * `@noxus/client/sse`: typed streams of the API's server-sent events. A separate entry so
 * that programs which never stream do not ship the parser.
 */
export { type ChatStreamOptions, streamChat } from "./sse/chat.js";
export {
  isTerminalRunEvent,
  streamConversationEvents,
  streamRunEvents,
} from "./sse/endpoints.js";
export type { EventStreamOptions } from "./sse/stream.js";
