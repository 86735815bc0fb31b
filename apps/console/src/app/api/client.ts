import { createNoxusClient, type NoxusClient } from "@noxus/client";
import createQueryClient from "openapi-react-query";
import { API_PREFIX, CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from "../../shared/protocol.js";

/**
 * The browser never holds an API key: every call goes to the console server's same-origin
 * proxy (`/api/noxus`), which adds the key. The custom header marks the request as the
 * app's own (the server refuses state-changing requests without it).
 */
const options = {
  baseUrl: new URL(API_PREFIX, window.location.origin),
  headers: { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE },
  // The console shows errors as they come (with a Retry button) instead of waiting through
  // the SDK's backoff; 429 still gets one automatic retry after its Retry-After.
  maxRetries: 1,
};

/** For streams (`@noxus/client/sse`) and calls that inspect `{ data, error }` themselves. */
export const noxus: NoxusClient = createNoxusClient(options);

/**
 * Throwing mode, so a failed query rejects with a NoxusApiError (status, detail, 422 issues)
 * rather than openapi-react-query's bare error body.
 */
const throwing = createNoxusClient({ ...options, throwOnError: true });

/** Typed TanStack Query hooks: `$api.useQuery("get", "/v1/workflows", { params })`. */
export const $api = createQueryClient(
  throwing as unknown as Parameters<typeof createQueryClient<import("@noxus/client").paths>>[0],
);
