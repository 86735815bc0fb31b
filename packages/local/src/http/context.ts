import type { ExtraNode } from "../catalog/extra-nodes.js";
import type { ModelProvider } from "../models/provider.js";
import type { Storage } from "../storage/index.js";
import type { OperationHandlers } from "./operation.js";

/** Who is calling: resolved from the X-API-Key header before validation runs. */
export interface AuthContext {
  keyId: string;
  keyName: string;
  keyPrefix: string;
  workspaceId: string;
  organizationId: string;
  tenantAdmin: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext;
  }
}

export interface ServerConfig {
  /** The base URL the server answers on, known once it listens (for callbacks and logs). */
  baseUrl: () => string;
  /** SSE keep-alive comment interval; the Python SDK's read timeout is 120 s. */
  keepAliveMs: number;
  /** Largest accepted upload, in bytes, per file. */
  maxFileBytes: number;
  /** Largest accepted JSON body, in bytes. */
  maxJsonBytes: number;
  /** Runs the engine executes at once; the rest wait in its queue. */
  runConcurrency: number;
  /** Shortest KB ingestion, from upload to `trained` (see IngestionWorkerOptions). */
  minTrainingMs: number;
  /** Node types this server adds to the built-in catalog. */
  extraNodes?: readonly ExtraNode[];
}

/** What every resource group is built from. */
export interface ServerContext {
  storage: Storage;
  models: ModelProvider;
  config: ServerConfig;
}

/**
 * One resource group (workflows, runs, knowledge bases, …): its operation handlers, keyed
 * by operationId, and the background work it owns.
 */
export interface ResourceGroup {
  handlers: OperationHandlers;
  /** Runs once at start-up, before the server accepts requests (e.g. crash recovery). */
  start?(): Promise<void>;
  /** Stops background work; called on close, before the database closes. */
  stop?(): Promise<void>;
}

export type ResourceGroupFactory = (context: ServerContext) => ResourceGroup;
