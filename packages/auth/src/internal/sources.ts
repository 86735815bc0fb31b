import { DEFAULT_BASE_URL } from "@noxus/client";
import { normalizeBaseUrl } from "@noxus/client/internal";
import { type ApiKey, parseApiKey } from "../api-key.js";
import { NoxusCredentialsError } from "../errors.js";
import { type Env, readEnv } from "./env.js";

/** Where a resolved key came from. */
export type CredentialsSource = "option" | "env" | "profile";

/** A key from the explicit option, else from NOXUS_API_KEY, else undefined. */
export function keyFromOptionOrEnv(
  apiKey: string | ApiKey | undefined,
  env: Env,
): { apiKey: ApiKey; source: "option" | "env" } | undefined {
  if (apiKey !== undefined)
    return { apiKey: parseApiKey(apiKey, "The apiKey option"), source: "option" };
  const fromEnv = readEnv(env, "NOXUS_API_KEY");
  if (fromEnv !== undefined)
    return { apiKey: parseApiKey(fromEnv, "NOXUS_API_KEY"), source: "env" };
  return undefined;
}

/**
 * The base URL rule, faithful to the Python SDK: `NOXUS_BACKEND_URL`,
 * when set, BEATS the `baseUrl` option; then the option; then the profile's URL (only when
 * the key came from that profile); then https://backend.noxus.ai.
 */
export function resolveBaseUrl(
  env: Env,
  option: string | URL | undefined,
  profile?: { name: string; baseUrl: string },
): string {
  const fromEnv = readEnv(env, "NOXUS_BACKEND_URL");
  if (fromEnv !== undefined) return normalizeBaseUrl(fromEnv, "NOXUS_BACKEND_URL");
  if (option !== undefined) return normalizeBaseUrl(option, "The baseUrl option");
  if (profile)
    return normalizeBaseUrl(profile.baseUrl, `The base_url of profile "${profile.name}"`);
  return DEFAULT_BASE_URL;
}

/** The error for "no key anywhere", listing every way to provide one. */
export function noCredentials(detail?: string): NoxusCredentialsError {
  const lines = [
    "No Noxus API key found. Provide one in any of these ways:",
    "  1. pass it explicitly: resolveCredentials({ apiKey }) or apiKeyAuth(key);",
    "  2. set the NOXUS_API_KEY environment variable;",
    "  3. save a profile with `noxus login` (Node: saveProfile from @noxus/auth/node).",
  ];
  if (detail) lines.push(detail);
  return new NoxusCredentialsError("no_credentials", lines.join("\n"));
}
