import { API_KEY_HEADER, type AuthStrategy } from "@noxus/client";
import { ApiKey } from "./api-key.js";

/**
 * Sends a workspace API key as `X-API-Key` on every request:
 * `createNoxusClient({ auth: apiKeyAuth(key) })`.
 *
 * The strategy holds the ApiKey in its closure only, so serialising or inspecting the
 * strategy (or a client options object holding it) shows `{ kind: "api-key" }` and no key.
 * @throws NoxusCredentialsError `empty_key` / `invalid_key` for an unusable key, at once
 * rather than on the first request.
 */
export function apiKeyAuth(key: string | ApiKey): AuthStrategy {
  const apiKey = ApiKey.from(key);
  return Object.freeze({
    kind: "api-key",
    applyTo(headers: Headers) {
      headers.set(API_KEY_HEADER, apiKey.reveal());
    },
  });
}
