import { Workspace } from "@noxus/workspace/node";
import type { Output } from "./output.js";

/** Options every command accepts. */
export interface GlobalOptions {
  json?: boolean;
  profile?: string;
  baseUrl?: string;
  color?: boolean;
}

/**
 * The environment the SDK resolves credentials from, with what an explicit flag overrides
 * taken out, because on the command line a flag beats the environment (as in gh and the aws
 * CLI), while the library keeps the Python SDK's order (NOXUS_BACKEND_URL beats `baseUrl`):
 * - `--profile` beats NOXUS_API_KEY, and brings its profile's base URL, which then beats
 *   NOXUS_BACKEND_URL (a profile's key sent to another deployment is the wrong workspace);
 * - `--base-url` beats NOXUS_BACKEND_URL and a profile's base URL.
 */
export function credentialsEnv(
  options: Pick<GlobalOptions, "profile" | "baseUrl">,
  env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const overridden = new Set<string>();
  if (options.profile !== undefined) overridden.add("NOXUS_API_KEY").add("NOXUS_BACKEND_URL");
  if (options.baseUrl !== undefined) overridden.add("NOXUS_BACKEND_URL");
  return Object.fromEntries(Object.entries(env).filter(([name]) => !overridden.has(name)));
}

/**
 * What a command runs with: its output, the signal that Ctrl-C aborts, and the workspace,
 * opened on first use. Key: --profile, else NOXUS_API_KEY, else NOXUS_PROFILE or the current
 * saved profile. Base URL: --base-url, else (with --profile) the profile's, else
 * NOXUS_BACKEND_URL, else the profile's, else https://backend.noxus.ai.
 */
export class CliContext {
  private opened: Promise<Workspace> | undefined;

  constructor(
    readonly options: GlobalOptions,
    readonly output: Output,
    readonly signal: AbortSignal,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  workspace(): Promise<Workspace> {
    this.opened ??= Workspace.connect({
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
      env: credentialsEnv(this.options, this.env),
      signal: this.signal,
      userAgent: "noxus-cli",
    });
    return this.opened;
  }

  /** Options to pass to every SDK call. */
  get call(): { signal: AbortSignal } {
    return { signal: this.signal };
  }
}
