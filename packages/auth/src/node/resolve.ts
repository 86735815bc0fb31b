import { defined } from "@noxus/client/internal";
import type { ApiKey } from "../api-key.js";
import { defaultEnv, readEnv } from "../internal/env.js";
import { keyFromOptionOrEnv, noCredentials, resolveBaseUrl } from "../internal/sources.js";
import type { ResolveCredentialsOptions, ResolvedCredentials } from "../resolve.js";
import type { ConfigOptions } from "./options.js";
import { assertProfileName } from "./profile-name.js";
import { findStoredProfile, readProfiles, toProfile, unknownProfile } from "./profiles.js";

export interface ResolveCredentialsNodeOptions extends ResolveCredentialsOptions, ConfigOptions {
  /** The profile to use when no key is given explicitly or in NOXUS_API_KEY; beats NOXUS_PROFILE. */
  profile?: string | undefined;
}

/** What resolveCredentials from `@noxus/auth/node` found: as the core one's, or a key from a saved profile (`source: "profile"`) with that profile's name and workspace. */
export type ResolvedNodeCredentials =
  | ResolvedCredentials
  | {
      apiKey: ApiKey;
      baseUrl: string;
      source: "profile";
      /** The profile the key came from. */
      profile: string;
      workspaceId?: string;
      workspaceName?: string;
    };

/**
 * Finds the API key and base URL. The first key found wins:
 * 1. the `apiKey` option;
 * 2. `NOXUS_API_KEY`;
 * 3. a profile from the credentials file: the `profile` option, else `NOXUS_PROFILE`,
 *    else the file's `current`, else `default`.
 * The file is read only when it comes to step 3, so a broken file never stands in the way
 * of a key given explicitly or in the environment.
 *
 * Base URL, faithful to the Python SDK: **`NOXUS_BACKEND_URL`, when set, beats the `baseUrl`
 * option**; then the option; then the profile's `base_url` (for a key from that profile);
 * then https://backend.noxus.ai.
 *
 * @throws NoxusCredentialsError: `no_credentials` (listing the ways to provide a key),
 * `unknown_profile` (a profile named by the option or NOXUS_PROFILE that is not saved;
 * lists the saved ones), `invalid_profile`, `unreadable_config`, `corrupt_config`,
 * `empty_key`, `invalid_key`.
 *
 * @example
 * import { apiKeyAuth, resolveCredentials } from "@noxus/auth/node";
 * import { createNoxusClient } from "@noxus/client";
 * const { apiKey, baseUrl, source } = resolveCredentials({ profile: "acme-prod" });
 * const noxus = createNoxusClient({ baseUrl, auth: apiKeyAuth(apiKey) });
 */
export function resolveCredentials(
  options: ResolveCredentialsNodeOptions = {},
): ResolvedNodeCredentials {
  const env = options.env ?? defaultEnv();
  const found = keyFromOptionOrEnv(options.apiKey, env);
  if (found) return { ...found, baseUrl: resolveBaseUrl(env, options.baseUrl) };

  const fromEnv = readEnv(env, "NOXUS_PROFILE");
  const named =
    options.profile !== undefined
      ? { name: options.profile, by: "", where: "The profile option" }
      : fromEnv !== undefined
        ? { name: fromEnv, by: " (named by NOXUS_PROFILE)", where: "NOXUS_PROFILE" }
        : undefined;
  if (named) assertProfileName(named.name, named.where);

  const { file, config } = readProfiles({ ...options, env });
  const name = named?.name ?? config?.current ?? "default";
  const stored = findStoredProfile(config, name);
  if (!config || !stored) {
    if (named) throw unknownProfile(named.name, config, file, named.by);
    if (config?.current !== undefined) {
      throw unknownProfile(name, config, file, ` (the "current" profile of ${file})`);
    }
    const names = config ? Object.keys(config.profiles).sort() : [];
    throw noCredentials(
      names.length > 0
        ? `${file} has profiles (${names.join(", ")}) but none is current: pick one with \`noxus profile use <name>\` or NOXUS_PROFILE.`
        : undefined,
    );
  }
  const profile = toProfile(name, stored, config, file);
  return {
    apiKey: profile.apiKey,
    baseUrl: resolveBaseUrl(env, options.baseUrl, { name, baseUrl: profile.baseUrl }),
    source: "profile",
    profile: name,
    ...defined({ workspaceId: profile.workspaceId, workspaceName: profile.workspaceName }),
  };
}
