// Placeholder until this resource group lands: its store interface goes here.
export type KnowledgeBaseStore = Record<never, never>;
