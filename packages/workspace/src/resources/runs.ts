import type { WorkspaceContext } from "../context.js";

// Placeholder until this resource group lands.
export class Runs {
  constructor(protected readonly context: WorkspaceContext) {}
}
