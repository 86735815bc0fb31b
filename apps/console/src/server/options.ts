import type { ConfigOptions } from "@noxus/auth/node";

/** How to start the console server; the `serve` command's flags map onto these. */
export interface ConsoleServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8485. */
  port?: number | undefined;
  /** Interface to bind. Default 127.0.0.1; any other than loopback needs `token`. */
  host?: string | undefined;
  /** The saved profile to act through (as `noxus --profile`). */
  profile?: string | undefined;
  /** The backend's base URL (as `noxus --base-url`; NOXUS_BACKEND_URL beats it, as in the CLI). */
  baseUrl?: string | undefined;
  /** An explicit API key (beats NOXUS_API_KEY and the profiles). Tests and `pnpm start` use it. */
  apiKey?: string | undefined;
  /**
   * A secret the browser must present once on the login page; then an HttpOnly, SameSite=Strict
   * cookie. Required to bind a non-loopback host.
   */
  token?: string | undefined;
  /** Forward the admin operations (workspaces, API keys). Off by default. */
  allowAdmin?: boolean | undefined;
  /** The built app (index.html and its assets). Default: dist/app next to the built server. */
  appDir?: string | undefined;
  /** Largest request body forwarded, in bytes. Default 256 MiB. */
  maxBodyBytes?: number | undefined;
  /** Environment for credentials (NOXUS_API_KEY, NOXUS_BACKEND_URL, NOXUS_PROFILE, config dir). */
  env?: NodeJS.ProcessEnv | undefined;
  /** Where the credentials file lives (beats NOXUS_CONFIG_DIR). */
  configDir?: ConfigOptions["configDir"];
  /** Receives one line per request (default: stdout). Lines never hold a key. */
  log?: ((line: string) => void) | undefined;
}

export const DEFAULT_PORT = 8485;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024;
