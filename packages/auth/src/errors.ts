import { NoxusError } from "@noxus/client";

/**
 * Stable, machine-readable reasons a credential could not be used. Callers (the CLI above
 * all) branch on these, never on message text, which may be reworded.
 */
export type NoxusCredentialsErrorCode =
  | "empty_key"
  | "invalid_key"
  | "no_credentials"
  | "unknown_profile"
  | "unreadable_config"
  | "corrupt_config"
  | "invalid_profile";

/** What a NoxusCredentialsError can say besides its message: the file and profile concerned, and a hint. */
export interface NoxusCredentialsErrorInit {
  /** The credentials file concerned, when there is one. */
  path?: string | undefined;
  /** The profile concerned, when there is one. */
  profile?: string | undefined;
  /** What to do about it, shown apart from the message. */
  hint?: string | undefined;
  cause?: unknown;
}

/**
 * A credential is missing, malformed or unreadable. The message says what to fix.
 *
 * Invariant: nothing in here ever holds an API key: not the message, not a field, not the
 * `cause` (causes are file-system or validation errors that never saw the key), so the
 * error can be logged, serialised or shown as is.
 */
export class NoxusCredentialsError extends NoxusError {
  override name = "NoxusCredentialsError";
  declare readonly code: NoxusCredentialsErrorCode;
  readonly path: string | undefined;
  readonly profile: string | undefined;

  constructor(
    code: NoxusCredentialsErrorCode,
    message: string,
    init: NoxusCredentialsErrorInit = {},
  ) {
    super(message, { code, hint: init.hint, cause: init.cause });
    this.path = init.path;
    this.profile = init.profile;
  }

  /** NoxusError's fields plus `path` and `profile`; never a key. */
  override toJSON() {
    return {
      ...super.toJSON(),
      path: this.path,
      profile: this.profile,
    };
  }
}

/** True when credentials could not be found, read or used (a NoxusCredentialsError); narrows the type. */
export function isNoxusCredentialsError(error: unknown): error is NoxusCredentialsError {
  return error instanceof NoxusCredentialsError;
}
