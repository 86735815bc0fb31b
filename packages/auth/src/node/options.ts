import type { Env } from "../internal/env.js";

/** A warning about the credentials file, e.g. permissions that let other users read it. */
export interface CredentialsWarning {
  code: "NOXUS_INSECURE_CREDENTIALS";
  message: string;
  path: string;
}

/** Where the credentials file is and how to report on it; every profile function takes these. */
export interface ConfigOptions {
  /** The environment to read (NOXUS_CONFIG_DIR, XDG_CONFIG_HOME, HOME, APPDATA…); default process.env. */
  env?: Env | undefined;
  /** The directory holding credentials.json; beats NOXUS_CONFIG_DIR and the platform default. */
  configDir?: string | undefined;
  /**
   * Called for warnings about the file. Default: `process.emitWarning` with code
   * NOXUS_INSECURE_CREDENTIALS (once per path and mode per process).
   */
  onWarning?: ((warning: CredentialsWarning) => void) | undefined;
  /** The platform whose conventions apply; default process.platform (tests pass another). */
  platform?: NodeJS.Platform | undefined;
}
