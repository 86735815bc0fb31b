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
 * What a command runs with: its output, the signal that Ctrl-C aborts, and the workspace,
 * opened on first use from --profile / --base-url / NOXUS_API_KEY / the saved profiles.
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
      env: this.env,
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
