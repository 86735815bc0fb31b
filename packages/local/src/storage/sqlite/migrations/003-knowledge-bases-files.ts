// Placeholder: the tables of this group are added by the change that implements it.
export const knowledgeBasesFiles = "";
