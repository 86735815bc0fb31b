import type { WorkspaceContext } from "../context.js";

// Placeholder until this resource group lands.
export class KnowledgeBases {
  constructor(protected readonly context: WorkspaceContext) {}
}
