import { assertUsableApiKey, NoxusConfigError } from "@noxus/client";
import { NoxusCredentialsError, type NoxusCredentialsErrorInit } from "./errors.js";
import { maskSecret } from "./internal/mask.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * A Noxus API key as a value that cannot leak by accident.
 *
 * The secret lives in a private field: it is not an own property, so `JSON.stringify`,
 * `Object.keys`, spreading, `structuredClone` and `util.inspect` (even with showHidden or
 * customInspect off) cannot reach it. Every way of turning the key into text (`String()`,
 * template literals, `toJSON()`, `util.inspect`) gives the masked form (`nxl_AbC…`).
 * `reveal()` is the one way to the secret, so a reader can find every place that uses it.
 */
export class ApiKey {
  readonly #secret: string;

  private constructor(secret: string) {
    this.#secret = secret;
    Object.freeze(this);
  }

  /**
   * Validates a raw key (or passes an ApiKey through).
   * @throws NoxusCredentialsError `empty_key` or `invalid_key`, saying what to fix; the
   * message never contains the key.
   */
  static from(raw: string | ApiKey): ApiKey {
    return parseApiKey(raw, "The API key");
  }

  /** The secret itself. Call it only where the key leaves for the Noxus API or a file. */
  reveal(): string {
    return this.#secret;
  }

  /** The printable stand-in: a short prefix and `…` (only `…` for short keys). */
  get masked(): string {
    return maskSecret(this.#secret);
  }

  /** Whether both hold the same secret, compared in time independent of where they differ. */
  equals(other: ApiKey | string): boolean {
    const a = this.#secret;
    const b = other instanceof ApiKey ? other.#secret : String(other);
    // Lengths may differ in time (they are not secret); the characters are all compared.
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return diff === 0;
  }

  /** The masked key (e.g. `nxl_AbC…`), never the secret: safe in logs and template literals. */
  toString(): string {
    return this.masked;
  }

  /** The masked key, so `JSON.stringify` never writes the secret. */
  toJSON(): string {
    return this.masked;
  }

  /** What `console.log` and `util.inspect` show: `ApiKey(nxl_AbC…)`. */
  [INSPECT](): string {
    return `ApiKey(${this.masked})`;
  }
}

/**
 * ApiKey.from with the source named in the message ("NOXUS_API_KEY", `profile "work" in
 * /path`), because where the key came from is where the user has to fix it.
 * Validation itself is @noxus/client's assertUsableApiKey, so both packages accept exactly
 * the same keys.
 */
export function parseApiKey(
  raw: unknown,
  where: string,
  init: NoxusCredentialsErrorInit = {},
): ApiKey {
  if (raw instanceof ApiKey) return raw;
  try {
    assertUsableApiKey(raw);
  } catch (error) {
    if (!(error instanceof NoxusConfigError)) throw error;
    if (raw === "") {
      throw new NoxusCredentialsError(
        "empty_key",
        `${where} is empty. Use the key of a Noxus workspace (Settings > Organization > Workspaces > API Keys).`,
        { ...init, cause: error },
      );
    }
    throw new NoxusCredentialsError(
      "invalid_key",
      typeof raw === "string"
        ? `${where} contains whitespace or control characters; copy it again without surrounding spaces or line breaks.`
        : `${where} must be a string, got ${raw === null ? "null" : typeof raw}.`,
      { ...init, cause: error },
    );
  }
  return new (ApiKey as unknown as new (secret: string) => ApiKey)(raw as string);
}
