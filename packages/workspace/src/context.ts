import type { NoxusThrowingClient } from "@noxus/client";

/** What every resource group of a workspace works with. */
export interface WorkspaceContext {
  /** The typed client, in throwOnError mode: every call resolves with data or throws. */
  readonly client: NoxusThrowingClient;
  /** The workspace the key belongs to, when the server says (the local server always does). */
  readonly workspaceId: string | undefined;
}

/** Accepted by every method: cancels the call (and its retries and waits). */
export interface CallOptions {
  signal?: AbortSignal;
}
