import fc from "fast-check";
import { type FuzzProfile, type FuzzRequest, type KnownIds, requestsFor } from "./arbitraries.js";
import { fuzzOperations } from "./operations.js";

export interface FuzzFinding {
  request: Pick<FuzzRequest, "operationId" | "method" | "kind"> & { url: string };
  status?: number;
  problem: string;
}

export interface FuzzReport {
  seed: number;
  runs: number;
  /** Answers by status code. */
  statuses: Record<number, number>;
  /** Requests answered 5xx, not answered, or too slow: each is a bug. */
  failures: FuzzFinding[];
  /** 4xx answers without a JSON `detail`. */
  withoutDetail: FuzzFinding[];
  serverErrors: number;
  operationsHit: number;
}

export interface FuzzOptions {
  baseUrl: string;
  /** The fuzz workspace's key; every other workspace's data must stay untouched. */
  apiKey: string;
  known: KnownIds;
  seed: number;
  runs: number;
  profile: FuzzProfile;
  /** An answer slower than this counts as a failure (the server hangs or stalls). */
  answerBoundMs: number;
  concurrency: number;
}

/** The requests of one seed: the same seed gives the same requests, in the same order. */
export function fuzzRequests(options: FuzzOptions): FuzzRequest[] {
  const operations = fuzzOperations();
  const arbitrary = fc.oneof(
    ...operations.map((operation) =>
      requestsFor(operation, options.known, options.apiKey, options.profile),
    ),
  );
  return fc.sample(arbitrary, { seed: options.seed, numRuns: options.runs });
}

function hasDetail(text: string): boolean {
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    if (typeof body.detail === "string") return body.detail.length > 0;
    return Array.isArray(body.detail) && body.detail.length > 0;
  } catch {
    return false;
  }
}

const short = (url: string) => (url.length > 200 ? `${url.slice(0, 200)}…(${url.length})` : url);

async function send(options: FuzzOptions, request: FuzzRequest, report: FuzzReport) {
  const summary = {
    operationId: request.operationId,
    method: request.method,
    kind: request.kind,
    url: short(request.url),
  };
  // fetch refuses a body on GET; such a request goes without one.
  const body = request.method === "GET" ? undefined : request.body;
  const headers = { ...request.headers };
  if (body === undefined) delete headers["content-type"];
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl}${request.url}`, {
      method: request.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.timeout(options.answerBoundMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    report.failures.push({
      request: summary,
      problem: `no answer: ${(error as Error).message}${cause ? ` (${cause})` : ""}`,
    });
    return;
  }
  const status = response.status;
  report.statuses[status] = (report.statuses[status] ?? 0) + 1;
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await response.body?.cancel();
  } else {
    let text = "";
    try {
      text = await response.text();
    } catch (error) {
      report.failures.push({
        request: summary,
        status,
        problem: `body cut off: ${(error as Error).message}`,
      });
      return;
    }
    if (status >= 400 && status < 500 && !hasDetail(text)) {
      report.withoutDetail.push({ request: summary, status, problem: text.slice(0, 200) });
    }
    if (status >= 500) {
      report.serverErrors++;
      report.failures.push({ request: summary, status, problem: text.slice(0, 300) });
    }
  }
}

/** Sends `runs` requests of seed `seed` with `concurrency` at once, and tallies the answers. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const requests = fuzzRequests(options);
  const report: FuzzReport = {
    seed: options.seed,
    runs: requests.length,
    statuses: {},
    failures: [],
    withoutDetail: [],
    serverErrors: 0,
    operationsHit: new Set(requests.map((request) => request.operationId)).size,
  };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as FuzzRequest;
      await send(options, request, report);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return report;
}

/** A one-screen summary for the console. */
export function describeReport(report: FuzzReport): string {
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
  const lines = [
    `fuzz seed=${report.seed} runs=${report.runs} operations=${report.operationsHit} 5xx=${report.serverErrors} failures=${report.failures.length} 4xx-without-detail=${report.withoutDetail.length}`,
    `  statuses: ${statuses}`,
    ...[...report.failures, ...report.withoutDetail]
      .slice(0, 20)
      .map(
        (finding) =>
          `  ${finding.status ?? "-"} ${finding.request.method} ${finding.request.url} [${finding.request.operationId}; ${finding.request.kind}]: ${finding.problem}`,
      ),
  ];
  return lines.join("\n");
}
