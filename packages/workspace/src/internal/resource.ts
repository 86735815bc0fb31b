import type { CallOptions, WorkspaceContext } from "../context.js";
import { type ListOptions, type PageFetcher, type PageSource, Paginated } from "../pagination.js";

/** The request options every call passes on: the caller's signal, when there is one. */
export function callInit(options: CallOptions = {}): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}

/**
 * The base of every resource group (`ws.workflows`, `ws.runs`, …) and of the handles: it owns
 * the workspace context, carries each call's signal, and turns a list endpoint into a
 * Paginated. A resource group is then only what is specific to its part of the API.
 */
export abstract class Resource {
  constructor(protected readonly context: WorkspaceContext) {}

  /** The typed client, in throwing mode. */
  protected get client(): WorkspaceContext["client"] {
    return this.context.client;
  }

  /** The options of one request: the call's signal, ready to spread into the request. */
  protected call(options: CallOptions = {}): { signal?: AbortSignal } {
    return callInit(options);
  }

  /** A list as a Paginated; the page size is checked here, once for every list. */
  protected paginate<T>(
    source: PageSource<T> | PageFetcher<T>,
    options: ListOptions = {},
  ): Paginated<T> {
    return new Paginated(source, options);
  }
}
