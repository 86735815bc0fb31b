import { type KnowledgeBase, NoxusAbortError } from "@noxus/client";
import { sleep } from "@noxus/client/internal";
import type { WorkspaceContext } from "../../context.js";
import { checkDuration } from "../../internal/validate.js";
import type { KnowledgeBaseDocuments } from "./documents.js";
import { KnowledgeBaseTrainingTimeoutError } from "./errors.js";
import type { TrainingResult, WaitUntilTrainedOptions } from "./types.js";

const DEFAULT_TIMEOUT_MS = 600_000;
const DEFAULT_POLL_MS = 500;
const PATH = "/v1/knowledge-bases/{kb_id}";

/**
 * Polls until ingestion is over: no document `training` and no ingestion run `queued` or
 * `running`. The runs are checked as well as the counters because a document waits as
 * `uploaded` until its run starts, and documents made with `documents.create()` stay
 * `uploaded` without any run, so `uploaded_documents` alone would either miss work or wait
 * forever. Documents that ended in `error` are listed in the result, not thrown: one bad
 * file must not hide the hundreds that trained.
 */
export async function waitUntilTrained(
  context: WorkspaceContext,
  kbId: string,
  documents: KnowledgeBaseDocuments,
  options: WaitUntilTrainedOptions = {},
): Promise<TrainingResult> {
  const timeoutMs = checkDuration(options.timeoutMs, "timeoutMs", 0, DEFAULT_TIMEOUT_MS);
  const pollMs = Math.max(
    10,
    checkDuration(options.pollIntervalMs, "pollIntervalMs", 0, DEFAULT_POLL_MS),
  );
  const { signal } = options;
  const deadline = Date.now() + timeoutMs;
  const path = { kb_id: kbId };

  const pendingRuns = async (): Promise<number> => {
    let pending = 0;
    for (const status of ["queued", "running"] as const) {
      const { data } = await context.client.GET("/v1/knowledge-bases/{kb_id}/runs", {
        params: { path, query: { status } },
        signal,
      });
      pending += data.length;
    }
    return pending;
  };

  for (;;) {
    const { data: kb } = await context.client.GET(PATH, { params: { path }, signal });
    // Counters first: while documents are training there is no need to ask for the runs.
    const pending = kb.training_documents > 0 ? kb.training_documents : await pendingRuns();
    if (pending === 0) return finish(kb, documents, signal, options.upload);
    const left = deadline - Date.now();
    if (left <= 0) throw new KnowledgeBaseTrainingTimeoutError(kb, timeoutMs, pending);
    await sleep(Math.min(pollMs, left), signal).catch((reason: unknown) => {
      throw new NoxusAbortError("GET", PATH, reason);
    });
  }
}

async function finish(
  knowledgeBase: KnowledgeBase,
  documents: KnowledgeBaseDocuments,
  signal: AbortSignal | undefined,
  upload: WaitUntilTrainedOptions["upload"],
): Promise<TrainingResult> {
  const failed =
    knowledgeBase.error_documents > 0
      ? await documents.list({ status: "error", ...(signal ? { signal } : {}) }).toArray()
      : [];
  if (!upload) return { knowledgeBase, failedDocuments: failed };
  const key = (doc: { name: string; prefix: string }) => `${doc.prefix}\u0000${doc.name}`;
  const uploaded = new Set(upload.documents.map(key));
  const failedDocuments = failed.filter((doc) => uploaded.has(key(doc)));
  return { knowledgeBase, failedDocuments };
}
