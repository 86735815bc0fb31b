// The core entry of @noxus/auth. It runs in browsers too, so nothing reachable from here may
// import a `node:` module (test/dist.test.ts checks the built files). File-based profiles
// live in `@noxus/auth/node`.
export { ApiKey } from "./api-key.js";
export { apiKeyAuth } from "./auth-strategy.js";
export {
  isNoxusCredentialsError,
  NoxusCredentialsError,
  type NoxusCredentialsErrorCode,
  type NoxusCredentialsErrorInit,
} from "./errors.js";
export { type HeaderRecord, redact, redactHeaders } from "./redact.js";
export {
  type CredentialsSource,
  type Env,
  type ResolveCredentialsOptions,
  type ResolvedCredentials,
  resolveCredentials,
} from "./resolve.js";
export { type WhoAmI, whoami } from "./whoami.js";
