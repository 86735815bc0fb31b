import type { WorkspaceContext } from "../context.js";

// Placeholder until this resource group lands.
export class Admin {
  constructor(protected readonly context: WorkspaceContext) {}
}
