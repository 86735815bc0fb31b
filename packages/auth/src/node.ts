// `@noxus/auth/node`: the core entry plus named profiles stored in a file. Node only.
// resolveCredentials here shadows the core one (same call, plus the profile step).
export * from "./index.js";
export type { StoredConfig, StoredProfile } from "./node/config-file.js";
export type { ConfigOptions, CredentialsWarning } from "./node/options.js";
export { configDirectory, credentialsPath } from "./node/paths.js";
export { isValidProfileName } from "./node/profile-name.js";
export {
  listProfiles,
  loadProfile,
  type Profile,
  type ProfileInput,
  removeProfile,
  type SaveProfileOptions,
  saveProfile,
  useProfile,
} from "./node/profiles.js";
export {
  type ResolveCredentialsNodeOptions,
  type ResolvedNodeCredentials,
  resolveCredentials,
} from "./node/resolve.js";
