import type { WorkspaceContext } from "../context.js";

// Placeholder until this resource group lands.
export class Files {
  constructor(protected readonly context: WorkspaceContext) {}
}
