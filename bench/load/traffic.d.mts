// Types for traffic.mjs, for the TypeScript tests that import it.
export interface TrafficWorld {
  baseUrl: string;
  key: string;
  workflowId: string;
  runId: string;
  kbId: string;
  conversations: string[];
}
export interface TrafficResult {
  latencies: Record<string, number[]>;
  errors: { kind: string; message: string }[];
  serverErrors: number;
}
export function prepareTraffic(options: {
  baseUrl: string;
  adminKey: string;
  clients: number;
}): Promise<TrafficWorld>;
export function runTraffic(
  world: TrafficWorld,
  options: { clients: number; durationMs: number; seed?: number },
): Promise<TrafficResult>;
export function percentile(values: number[], p: number): number;
