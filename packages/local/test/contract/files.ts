import type { TestServer } from "../helpers/local.js";

// Placeholder until this resource group lands.
export function filesContract(_harness: () => TestServer) {}
