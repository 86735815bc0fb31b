import { defined, normalizeBaseUrl } from "@noxus/client/internal";
import { type ApiKey, parseApiKey } from "../api-key.js";
import { NoxusCredentialsError } from "../errors.js";
import {
  emptyConfig,
  readConfig,
  type StoredConfig,
  type StoredProfile,
  writeConfig,
} from "./config-file.js";
import type { ConfigOptions } from "./options.js";
import { credentialsPath } from "./paths.js";
import { assertProfileName } from "./profile-name.js";

/** A saved profile: one workspace's key and the API it belongs to. */
export interface Profile {
  name: string;
  /** An ApiKey: prints masked; `apiKey.reveal()` for the secret. */
  apiKey: ApiKey;
  baseUrl: string;
  workspaceId?: string;
  workspaceName?: string;
  /** ISO 8601. */
  createdAt: string;
  /** Whether this is the file's `current` profile. */
  current: boolean;
}

/** What saveProfile stores: the key, and optionally the base URL and the workspace it belongs to. */
export interface ProfileInput {
  apiKey: string | ApiKey;
  /** Defaults to https://backend.noxus.ai. */
  baseUrl?: string | URL | undefined;
  workspaceId?: string | undefined;
  workspaceName?: string | undefined;
}

export interface SaveProfileOptions extends ConfigOptions {
  /** Make it the current profile. Default: only when there is no current profile yet. */
  makeCurrent?: boolean | undefined;
}

// `profiles` comes from JSON: a name like "constructor" must not find Object.prototype's.
function own(config: StoredConfig | undefined, name: string): StoredProfile | undefined {
  return config && Object.hasOwn(config.profiles, name) ? config.profiles[name] : undefined;
}

export function toProfile(
  name: string,
  stored: StoredProfile,
  config: StoredConfig,
  file: string,
): Profile {
  return {
    name,
    apiKey: parseApiKey(stored.api_key, `The api_key of profile "${name}" in ${file}`, {
      path: file,
      profile: name,
    }),
    baseUrl: stored.base_url,
    ...(typeof stored.workspace_id === "string" ? { workspaceId: stored.workspace_id } : {}),
    ...(typeof stored.workspace_name === "string" ? { workspaceName: stored.workspace_name } : {}),
    createdAt: stored.created_at,
    current: config.current === name,
  };
}

/** The error for a profile that is not in the file, listing the ones that are. */
export function unknownProfile(
  name: string,
  config: StoredConfig | undefined,
  file: string,
  namedBy = "",
): NoxusCredentialsError {
  const names = config ? Object.keys(config.profiles).sort() : [];
  const available =
    names.length > 0
      ? `Available profiles: ${names.join(", ")}.`
      : config
        ? `${file} has no profiles.`
        : `There is no credentials file yet (${file}).`;
  return new NoxusCredentialsError(
    "unknown_profile",
    `No Noxus profile named "${name}"${namedBy}.`,
    {
      path: file,
      profile: name,
      hint: `${available} Save it with \`noxus login --profile ${name}\`, or pick an existing one.`,
    },
  );
}

/**
 * Saves (or replaces) a profile, validating the name, key and base URL first. The first
 * profile saved becomes the current one.
 * @returns the saved profile (key masked when printed).
 * @throws NoxusCredentialsError `invalid_profile` for a bad name, `empty_key`/`invalid_key`
 * for a bad key, `unreadable_config`/`corrupt_config` when the file cannot be used;
 * NoxusConfigError for a malformed base URL.
 *
 * @example
 * import { saveProfile } from "@noxus/auth/node";
 * saveProfile("acme-prod", { apiKey: process.env.NOXUS_API_KEY!, workspaceName: "Acme" });
 * // later, anywhere: resolveCredentials({ profile: "acme-prod" })
 */
export function saveProfile(
  name: string,
  input: ProfileInput,
  options: SaveProfileOptions = {},
): Profile {
  assertProfileName(name);
  const apiKey = parseApiKey(input.apiKey, `The API key for profile "${name}"`, { profile: name });
  const baseUrl = normalizeBaseUrl(input.baseUrl, `The base URL for profile "${name}"`);
  const file = credentialsPath(options);
  const config = readConfig(file, options) ?? emptyConfig();
  const stored: StoredProfile = {
    api_key: apiKey.reveal(),
    base_url: baseUrl,
    ...defined({ workspace_id: input.workspaceId, workspace_name: input.workspaceName }),
    created_at: new Date().toISOString(),
  };
  config.profiles[name] = stored;
  if (options.makeCurrent || config.current === undefined || !own(config, config.current)) {
    config.current = name;
  }
  writeConfig(file, config);
  return toProfile(name, stored, config, file);
}

/** Every saved profile, sorted by name; `[]` when there is no file yet. */
export function listProfiles(options: ConfigOptions = {}): Profile[] {
  const file = credentialsPath(options);
  const config = readConfig(file, options);
  if (!config) return [];
  return Object.keys(config.profiles)
    .sort()
    .map((name) => toProfile(name, config.profiles[name] as StoredProfile, config, file));
}

/** One profile. @throws NoxusCredentialsError `unknown_profile` (listing the others) or `invalid_profile`. */
export function loadProfile(name: string, options: ConfigOptions = {}): Profile {
  assertProfileName(name);
  const file = credentialsPath(options);
  const config = readConfig(file, options);
  const stored = own(config, name);
  if (!config || !stored) throw unknownProfile(name, config, file);
  return toProfile(name, stored, config, file);
}

/** Deletes a profile; when it was the current one, no profile is current afterwards. */
export function removeProfile(name: string, options: ConfigOptions = {}): void {
  assertProfileName(name);
  const file = credentialsPath(options);
  const config = readConfig(file, options);
  if (!config || !own(config, name)) throw unknownProfile(name, config, file);
  delete config.profiles[name];
  if (config.current === name) delete config.current;
  writeConfig(file, config);
}

/** Makes a saved profile the current one (what resolveCredentials uses by default). */
export function useProfile(name: string, options: ConfigOptions = {}): Profile {
  assertProfileName(name);
  const file = credentialsPath(options);
  const config = readConfig(file, options);
  const stored = own(config, name);
  if (!config || !stored) throw unknownProfile(name, config, file);
  config.current = name;
  writeConfig(file, config);
  return toProfile(name, stored, config, file);
}

/** Reads the file once for resolveCredentials. */
export function readProfiles(options: ConfigOptions): {
  file: string;
  config: StoredConfig | undefined;
} {
  const file = credentialsPath(options);
  return { file, config: readConfig(file, options) };
}

export { own as findStoredProfile };
