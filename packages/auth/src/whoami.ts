import {
  apiErrorFromResponse,
  type NoxusClient,
  NoxusError,
  type NoxusThrowingClient,
} from "@noxus/client";

/** Who the client's API key is. */
export interface WhoAmI {
  keyId: string;
  keyName: string;
  /** A tenant-admin key may create workspaces and mint keys. */
  tenantAdmin: boolean;
  /**
   * The key's workspace (`group_id`). Optional: the hosted API is not known to send it
   * (the Python SDK never reads it); @noxus/local does.
   */
  workspaceId?: string;
  /** The workspace's name (`group_name`), optional for the same reason. */
  workspaceName?: string;
}

// The one call this file makes, typed structurally so both client modes fit: the plain
// client resolves `{ data | error, response }`, the throwing one `{ data }` or throws.
type MeCaller = {
  GET(
    path: "/v1/admin/me",
    init?: { signal?: AbortSignal },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Describes the calling key via `GET /v1/admin/me`. Unlike the Python SDK, which swallows
 * errors and reports an empty non-admin key, failures propagate: a NoxusApiError (e.g. 401
 * for a revoked key) from either client mode.
 */
export async function whoami(
  client: NoxusClient | NoxusThrowingClient,
  options: { signal?: AbortSignal } = {},
): Promise<WhoAmI> {
  const result = await (client as unknown as MeCaller).GET(
    "/v1/admin/me",
    options.signal ? { signal: options.signal } : undefined,
  );
  if (result.error !== undefined || !result.response.ok) {
    throw apiErrorFromResponse(result.response, result.error, {
      method: "GET",
      path: "/v1/admin/me",
    });
  }
  const me = result.data as Record<string, unknown> | null | undefined;
  if (
    !me ||
    typeof me.id !== "string" ||
    typeof me.name !== "string" ||
    typeof me.tenant_admin !== "boolean"
  ) {
    throw new NoxusError("GET /v1/admin/me answered without id, name and tenant_admin.", {
      code: "unexpected_response",
      hint: "Check that the base URL points at a Noxus API.",
    });
  }
  // `value` (the key or its prefix) is deliberately not carried over.
  return {
    keyId: me.id,
    keyName: me.name,
    tenantAdmin: me.tenant_admin,
    ...(typeof me.group_id === "string" ? { workspaceId: me.group_id } : {}),
    ...(typeof me.group_name === "string" ? { workspaceName: me.group_name } : {}),
  };
}
