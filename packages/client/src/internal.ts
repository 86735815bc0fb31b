/**
 * `@noxus/client/internal`: small helpers shared by the @noxus packages (auth, workspace, the
 * CLI), written once here so that each exists in one place.
 *
 * @internal Not a public API: it follows the versions of the @noxus packages, not semver, and
 * may change in any release. Programs should use the main entry, `@noxus/client`.
 *
 * @packageDocumentation
 */
export { abortable, type LinkedSignal, linkSignal, sleep } from "./internal/abort.js";
export { normalizeBaseUrl } from "./internal/base-url.js";
export { type Defined, defined } from "./internal/defined.js";
