import type { FastifyReply, FastifyRequest } from "fastify";
import { hashApiKey, sameDigest } from "../domain/keys.js";
import type { TenancyStore } from "../storage/tenancy.js";
import { HttpError } from "./errors.js";

/**
 * Resolves the X-API-Key header to its workspace before the request is validated, as the
 * real (FastAPI) backend resolves its security dependency first: a request without a valid
 * key is a 401 whatever else is wrong with it. The key is hashed and looked up by digest;
 * the final comparison is constant-time.
 */
export function authenticate(tenancy: TenancyStore) {
  return async function onRequest(request: FastifyRequest, _reply: FastifyReply) {
    const header = request.headers["x-api-key"];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) {
      throw new HttpError(401, "Not authenticated: send your API key in the X-API-Key header.");
    }
    const digest = hashApiKey(key);
    const stored = await tenancy.findApiKeyByHash(digest);
    if (!stored || !sameDigest(stored.keyHash, digest)) {
      throw new HttpError(401, "Invalid API key.");
    }
    request.auth = {
      keyId: stored.id,
      keyName: stored.name,
      keyPrefix: stored.keyPrefix,
      workspaceId: stored.workspaceId,
      organizationId: stored.organizationId,
      tenantAdmin: stored.tenantAdmin,
    };
  };
}

export function requireTenantAdmin(request: FastifyRequest): void {
  if (!request.auth.tenantAdmin) {
    throw new HttpError(403, "This endpoint needs a tenant-admin API key.");
  }
}
