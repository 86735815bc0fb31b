import type { TestServer } from "../helpers/local.js";

// Placeholder until this resource group lands.
export function agentsContract(_harness: () => TestServer) {}
