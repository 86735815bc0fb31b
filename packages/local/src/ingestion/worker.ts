import type { FileStore } from "../storage/files.js";
import type { IngestionJob, KnowledgeBaseStore } from "../storage/knowledge-bases.js";
import { chunkText } from "./chunk.js";
import { extractUnits, IngestionError } from "./extract.js";
import { chunkSettings } from "./settings.js";
import { fetchSource } from "./sources.js";

export interface IngestionWorkerOptions {
  knowledgeBases: KnowledgeBaseStore;
  files: FileStore;
  maxFileBytes: number;
  /** Runs processed at once; two, so that one slow http(s) source does not hold up the rest. */
  concurrency?: number;
  /**
   * The shortest time from upload to the end of a run. The hosted platform takes seconds to
   * ingest, and clients (the Python SDK's own test among them) wait to see the KB `training`
   * before they wait for `trained`; an instant ingestion would end before their first read.
   */
  minTrainingMs?: number;
}

/**
 * The background ingestion pipeline: a run goes queued → running → completed/failed while
 * its document goes uploaded → training → trained/error. The queue lives in memory; the
 * database is the truth, so after a restart `start()` picks up what was left unfinished.
 */
export class IngestionWorker {
  private readonly queue: string[] = [];
  /** When each queued run was handed over (its upload), for the minimum training phase. */
  private readonly enqueuedAt = new Map<string, number>();
  private readonly active = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private stopped = false;

  constructor(private readonly options: IngestionWorkerOptions) {}

  async start(): Promise<void> {
    this.enqueue(await this.options.knowledgeBases.requeueInterrupted());
  }

  enqueue(runIds: string[]): void {
    if (this.stopped) return;
    this.queue.push(...runIds);
    const now = Date.now();
    for (const runId of runIds) this.enqueuedAt.set(runId, now);
    // After the current request has answered: the work is not part of it.
    setImmediate(() => this.pump());
  }

  /** Stops taking work and waits for the runs in progress; unfinished ones resume on restart. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await Promise.allSettled([...this.active]);
  }

  private pump(): void {
    const limit = this.options.concurrency ?? 2;
    while (!this.stopped && this.active.size < limit && this.queue.length > 0) {
      const runId = this.queue.shift() as string;
      const work: Promise<void> = this.process(runId).finally(() => {
        this.active.delete(work);
        this.pump();
      });
      this.active.add(work);
    }
  }

  private async process(runId: string): Promise<void> {
    const store = this.options.knowledgeBases;
    const enqueuedAt = this.enqueuedAt.get(runId) ?? Date.now();
    this.enqueuedAt.delete(runId);
    const job = await store.claimRun(runId);
    if (!job) return;
    try {
      const { content, contentType } = await this.load(job);
      if (this.stopped) return;
      await store.setRunProgress(runId, 50);
      const settings = chunkSettings(job.version, job.settings);
      const units = extractUnits(job.name, contentType, content, settings);
      const chunks = units.flatMap((unit) => chunkText(unit, settings.size, settings.overlap));
      if (chunks.length === 0) throw new IngestionError("empty", "The file has no text to index.");
      // Counted from the upload, so a long queue does not add the phase once per document.
      await this.holdUntil(enqueuedAt + (this.options.minTrainingMs ?? 0));
      if (this.stopped) return;
      await store.completeRun(runId, chunks, content.byteLength);
    } catch (error) {
      if (this.stopped) return;
      const failure =
        error instanceof IngestionError
          ? error
          : new IngestionError("internal_error", `Ingestion failed: ${(error as Error).message}`);
      await store.failRun(runId, { type: failure.type, message: failure.message });
    }
  }

  /** Waits until `deadline` (epoch ms), or until stop(). */
  private async holdUntil(deadline: number): Promise<void> {
    const wait = deadline - Date.now();
    if (wait <= 0 || this.stopped) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.abort.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, wait);
      this.abort.signal.addEventListener("abort", done, { once: true });
    });
  }

  private async load(job: IngestionJob): Promise<{ content: Uint8Array; contentType: string }> {
    if (job.fileId) {
      const stored = await this.options.files.read(job.workspaceId, job.fileId);
      if (!stored)
        throw new IngestionError("file_missing", "The document's file no longer exists.");
      return { content: stored.content, contentType: job.contentType };
    }
    if (job.sourceUri) {
      const fetched = await fetchSource(
        job.sourceUri,
        this.options.maxFileBytes,
        this.abort.signal,
      );
      const declared = job.contentType.split(";")[0]?.trim();
      const useFetched = !declared || declared === "application/octet-stream";
      return {
        content: fetched.content,
        contentType: useFetched ? (fetched.contentType ?? job.contentType) : job.contentType,
      };
    }
    throw new IngestionError("no_content", "The document has no content to ingest.");
  }
}
