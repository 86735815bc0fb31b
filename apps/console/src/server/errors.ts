import type { FastifyReply } from "fastify";
import type { ConsoleErrorBody, ConsoleErrorCode } from "../shared/protocol.js";

/**
 * Answers an error the console itself decides, in the one shape the app reads
 * (`{detail, code, hint?}`, see shared/protocol.ts). Backend errors never go through here:
 * they pass through unchanged.
 */
export function sendConsoleError(
  reply: FastifyReply,
  status: number,
  code: ConsoleErrorCode,
  detail: string,
  hint?: string,
): FastifyReply {
  const body: ConsoleErrorBody = { detail, code, ...(hint ? { hint } : {}) };
  return reply.code(status).header("cache-control", "no-store").send(body);
}
