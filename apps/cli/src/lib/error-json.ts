import { NoxusApiError, NoxusError } from "@noxus/workspace";

/** What `--json` prints on stdout when a command fails: `{ "error": { … } }`. */
export interface ErrorJson {
  error: {
    /** Stable, machine-readable: the error's `code` (`not_found`, `usage`, `validation_error`, …). */
    code: string;
    message: string;
    hint: string | null;
    /** The API's HTTP status, or null when the failure is not an API answer. */
    status: number | null;
  };
}

/** The error object of `--json` output, from the same message and hint stderr shows. */
export function errorJson(
  error: unknown,
  described: { message: string; hint: string | undefined },
  fallbackCode: string,
): ErrorJson {
  return {
    error: {
      code: error instanceof NoxusError ? error.code : fallbackCode,
      message: described.message,
      hint: described.hint ?? null,
      status: error instanceof NoxusApiError ? error.status : null,
    },
  };
}
