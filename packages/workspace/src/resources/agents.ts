import type { WorkspaceContext } from "../context.js";

// Placeholder until this resource group lands.
export class Agents {
  constructor(protected readonly context: WorkspaceContext) {}
}
