import { type KnowledgeBase, NoxusTimeoutError } from "@noxus/client";

/**
 * `waitUntilTrained({ timeoutMs })` ran out while documents were still being ingested. It is
 * a NoxusTimeoutError (one hierarchy: `instanceof NoxusTimeoutError` catches every timeout),
 * carrying the knowledge base as last seen so the caller can tell how far training got.
 */
export class KnowledgeBaseTrainingTimeoutError extends NoxusTimeoutError {
  override name = "KnowledgeBaseTrainingTimeoutError";
  constructor(
    readonly knowledgeBase: KnowledgeBase,
    timeoutMs: number,
    pending: number,
  ) {
    super("GET", "/v1/knowledge-bases/{kb_id}", timeoutMs, {
      message: `Knowledge base ${knowledgeBase.id} was still training after ${timeoutMs} ms (${knowledgeBase.trained_documents} of ${knowledgeBase.total_documents} documents trained, ${pending} ingestions still queued or in progress).`,
      hint: "Wait longer (timeoutMs), or call waitUntilTrained() again later.",
    });
  }
}
