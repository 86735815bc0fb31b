import { NoxusCredentialsError } from "@noxus/auth";
import {
  NoxusAbortError,
  NoxusAuthenticationError,
  NoxusConfigError,
  NoxusError,
  NoxusInputError,
  NoxusNotFoundError,
  NoxusPermissionError,
  WorkflowBuilderError,
} from "@noxus/workspace";

/** The documented exit codes (`noxus --help` lists them). */
export const EXIT = {
  ok: 0,
  apiError: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The CLI's own failures, each with the exit code it ends with. */
export type CliErrorCode =
  /** A usage mistake the argument parser cannot see (exit 2). */
  | "usage"
  /** A name or id on the command line matches nothing in the workspace (exit 4). */
  | "not_found"
  /** The command needs more rights than the key has, e.g. a tenant-admin key (exit 3). */
  | "permission"
  /** What the command waited for ended badly: a failed run, failed documents… (exit 1). */
  | "failed";

const EXIT_FOR_CODE: Record<CliErrorCode, ExitCode> = {
  usage: EXIT.usage,
  not_found: EXIT.notFound,
  permission: EXIT.auth,
  failed: EXIT.apiError,
};

/**
 * A failure of the CLI's own making (not an API answer): a name that matches no workflow, a
 * flag the parser cannot check, a run that failed. Like every NoxusError it carries `code`
 * and `hint`; `exitCode` follows from the code.
 */
export class CliError extends NoxusError {
  override name = "CliError";
  declare readonly code: CliErrorCode;
  readonly exitCode: ExitCode;
  constructor(
    code: CliErrorCode,
    message: string,
    options: { hint?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, { ...options, code });
    this.exitCode = EXIT_FOR_CODE[code];
  }
}

/** A usage mistake the argument parser cannot see (exit 2). */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(message: string, hint?: string) {
    super("usage", message, { hint });
  }
}

/** The exit code for an error: decided by its class (and a CliError's code), never its text. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof NoxusAbortError) return EXIT.interrupted;
  if (
    error instanceof NoxusInputError ||
    error instanceof WorkflowBuilderError ||
    error instanceof NoxusConfigError
  ) {
    return EXIT.usage;
  }
  if (
    error instanceof NoxusAuthenticationError ||
    error instanceof NoxusPermissionError ||
    error instanceof NoxusCredentialsError
  ) {
    return EXIT.auth;
  }
  if (error instanceof NoxusNotFoundError) return EXIT.notFound;
  return EXIT.apiError;
}

/** One line saying what went wrong, and one saying what to do, never a stack trace. */
export function describeError(error: unknown): { message: string; hint: string | undefined } {
  if (error instanceof NoxusError) return { message: error.message, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message,
    hint: "This looks like a bug in the noxus CLI; please report it with the command you ran.",
  };
}
