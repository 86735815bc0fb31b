// Placeholder until this resource group lands: its store interface goes here.
export type WorkflowStore = Record<never, never>;
