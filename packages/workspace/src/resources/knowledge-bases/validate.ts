import { NoxusInputError } from "../../errors.js";

/** A KB folder: starts with `/` (the API's default is `/`). */
export function checkPrefix(prefix: unknown): string | undefined {
  if (prefix === undefined) return undefined;
  if (typeof prefix !== "string" || !prefix.startsWith("/")) {
    throw new NoxusInputError(
      "invalid_prefix",
      `The prefix is a knowledge-base folder and must start with "/" (e.g. "/docs"); got ${JSON.stringify(prefix)}.`,
    );
  }
  return prefix;
}
