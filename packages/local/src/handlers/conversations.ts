import type { ResourceGroupFactory } from "../http/context.js";

// Placeholder until this resource group lands.
export const conversationsGroup: ResourceGroupFactory = () => ({ handlers: {} });
