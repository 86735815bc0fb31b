import type { TestServer } from "../helpers/local.js";

// Placeholder until this resource group lands.
export function runsContract(_harness: () => TestServer) {}
