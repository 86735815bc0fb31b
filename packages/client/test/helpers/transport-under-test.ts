import { createNoxusClient as createWithFetch } from "../../src/index.js";
import { createNoxusClient as createWithUndici } from "../../src/node.js";

/**
 * The suites that speak HTTP run once per transport (vitest projects "fetch" and "undici",
 * see vitest.config.mts): every semantic of the client must hold on both.
 */
export const TRANSPORT = process.env.NOXUS_TEST_TRANSPORT === "undici" ? "undici" : "fetch";

/** createNoxusClient of the entry under test: the main one (fetch) or `/node` (undici). */
export const createNoxusClient: typeof createWithFetch =
  TRANSPORT === "undici"
    ? (((options?: Parameters<typeof createWithUndici>[0]) =>
        createWithUndici({ ...options, transport: "undici" })) as typeof createWithFetch)
    : createWithFetch;
