import type { ApiKey } from "./api-key.js";
import { defaultEnv, type Env } from "./internal/env.js";
import { keyFromOptionOrEnv, noCredentials, resolveBaseUrl } from "./internal/sources.js";

export type { Env } from "./internal/env.js";
export type { CredentialsSource } from "./internal/sources.js";

/** Where resolveCredentials may look for a key and base URL; every field is optional. */
export interface ResolveCredentialsOptions {
  /** An explicit key: wins over every other source. */
  apiKey?: string | ApiKey | undefined;
  /**
   * The API's base URL. NOTE: when the `NOXUS_BACKEND_URL` environment variable is set, it
   * BEATS this option, as in the official Python SDK. Unset it to use this value.
   */
  baseUrl?: string | URL | undefined;
  /** The environment to read; defaults to `process.env` when there is one, else `{}`. */
  env?: Env | undefined;
}

/** The key and base URL that resolveCredentials found, and where the key came from. */
export interface ResolvedCredentials {
  apiKey: ApiKey;
  /** Normalised, without a trailing slash. */
  baseUrl: string;
  source: "option" | "env";
}

/**
 * Finds the API key and base URL without touching the file system (safe in browsers).
 * The first key found wins: the `apiKey` option, then `NOXUS_API_KEY`. Profiles on disk
 * are the job of `resolveCredentials` from `@noxus/auth/node`.
 *
 * Base URL, faithful to the Python SDK: **`NOXUS_BACKEND_URL`, when set, beats the
 * `baseUrl` option**; then the option; then https://backend.noxus.ai.
 *
 * @throws NoxusCredentialsError `no_credentials` (listing the ways to provide a key),
 * `empty_key` or `invalid_key`; NoxusConfigError for a malformed base URL.
 *
 * @example
 * import { apiKeyAuth, resolveCredentials } from "@noxus/auth";
 * import { createNoxusClient } from "@noxus/client";
 * const { apiKey, baseUrl } = resolveCredentials({ env: { NOXUS_API_KEY: userTypedKey } });
 * const noxus = createNoxusClient({ baseUrl, auth: apiKeyAuth(apiKey) });
 */
export function resolveCredentials(options: ResolveCredentialsOptions = {}): ResolvedCredentials {
  const env = options.env ?? defaultEnv();
  const found = keyFromOptionOrEnv(options.apiKey, env);
  if (!found) throw noCredentials();
  return { ...found, baseUrl: resolveBaseUrl(env, options.baseUrl) };
}
