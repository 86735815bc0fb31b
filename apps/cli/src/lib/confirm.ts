import { UsageError } from "../exit-codes.js";

export interface ConfirmOptions {
  /** `--yes`: the user has confirmed on the command line. */
  yes?: boolean | undefined;
  signal: AbortSignal;
  stdin?: NodeJS.ReadStream;
  stderr?: NodeJS.WriteStream;
}

/**
 * Asks before a command destroys something. `--yes` skips the question; on a terminal the
 * user is asked (default no, on stderr so stdout stays clean); without a terminal and
 * without `--yes` the command refuses (exit 2), since a script that deletes by accident
 * cannot be undone. Resolves true when the command may go on, false when the user said no.
 */
export async function confirmDestructive(
  question: string,
  { yes, signal, stdin = process.stdin, stderr = process.stderr }: ConfirmOptions,
): Promise<boolean> {
  if (yes) return true;
  if (!stdin.isTTY || !stderr.isTTY) {
    throw new UsageError(
      `${question.replace(/\?$/, "")}: refused without confirmation, as there is no terminal to ask on.`,
      "Pass --yes to confirm on the command line.",
    );
  }
  const { confirm, isCancel } = await import("@clack/prompts");
  const answer = await confirm({
    message: question,
    initialValue: false,
    input: stdin,
    output: stderr,
    signal,
  });
  return !isCancel(answer) && answer === true;
}

/** The `-y, --yes` option every destructive command takes. */
export const YES_OPTION = [
  "-y, --yes",
  "do not ask for confirmation (required without a terminal)",
] as const;
