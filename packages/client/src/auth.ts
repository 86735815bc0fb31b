import { NoxusConfigError } from "./errors.js";

/**
 * How a client authenticates. The client knows nothing of where credentials come from
 * (that is @noxus/auth's job); it only asks the strategy to put them on each request.
 *
 * Invariant: a strategy keeps its secret in a closure or a private field, never in an
 * enumerable property, so that serialising a client or an options object cannot leak it.
 */
export interface AuthStrategy {
  /** A label for logs and errors, e.g. `"api-key"`. Never the secret. */
  readonly kind: string;
  /** Sets the credential headers of one outgoing request. */
  applyTo(headers: Headers): void | Promise<void>;
}

/** The header the Noxus API reads the key from (the docs also spell it `X-API-KEY`). */
export const API_KEY_HEADER = "X-API-Key";

// Printable ASCII without spaces: anything else cannot travel in an HTTP header intact.
const API_KEY_SHAPE = /^[\x21-\x7e]+$/;

/**
 * Checks that a key can be sent as a header, without ever echoing the key back.
 * @throws NoxusConfigError saying what is wrong with it.
 */
export function assertUsableApiKey(apiKey: unknown): asserts apiKey is string {
  if (typeof apiKey !== "string") {
    throw new NoxusConfigError(
      `The API key must be a string, got ${apiKey === null ? "null" : typeof apiKey}. Pass { auth: { apiKey: "..." } }.`,
    );
  }
  if (apiKey.length === 0) {
    throw new NoxusConfigError(
      "The API key is empty. Pass the key of a Noxus workspace (Settings > Organization > Workspaces > API Keys).",
    );
  }
  if (!API_KEY_SHAPE.test(apiKey)) {
    throw new NoxusConfigError(
      "The API key contains whitespace or control characters; copy it again without surrounding spaces or line breaks.",
    );
  }
}

/** Sends a workspace API key in the `X-API-Key` header of every request. */
export function apiKeyHeaderAuth(apiKey: string): AuthStrategy {
  assertUsableApiKey(apiKey);
  return Object.freeze({
    kind: "api-key",
    applyTo(headers: Headers) {
      headers.set(API_KEY_HEADER, apiKey);
    },
  });
}

/** Accepts a strategy or the `{ apiKey }` shorthand. */
export function toAuthStrategy(auth: AuthStrategy | { apiKey: string }): AuthStrategy {
  if (typeof (auth as AuthStrategy).applyTo === "function") return auth as AuthStrategy;
  if (auth !== null && typeof auth === "object" && "apiKey" in auth) {
    return apiKeyHeaderAuth(auth.apiKey);
  }
  throw new NoxusConfigError(
    "auth must be an AuthStrategy (an object with applyTo(headers)) or { apiKey: string }.",
  );
}
