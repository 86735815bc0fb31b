import { NoxusCredentialsError } from "@noxus/auth";
import {
  NoxusAbortError,
  NoxusAuthenticationError,
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

/** Thrown by commands for a usage mistake the argument parser cannot see. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof NoxusAbortError) return EXIT.interrupted;
  if (
    error instanceof UsageError ||
    error instanceof NoxusInputError ||
    error instanceof WorkflowBuilderError
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
  if (error instanceof UsageError) return { message: error.message, hint: error.hint };
  if (error instanceof NoxusError) {
    const full = error.message;
    const cut = full.indexOf(" Hint: ");
    const hint = (error as { hint?: string }).hint ?? (cut >= 0 ? full.slice(cut + 7) : undefined);
    return { message: cut >= 0 ? full.slice(0, cut) : full, hint };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message,
    hint: "This looks like a bug in the noxus CLI; please report it with the command you ran.",
  };
}
