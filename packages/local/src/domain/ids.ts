import { randomUUID } from "node:crypto";

/** Resource ids are UUIDs, as on the hosted platform (the SDKs type several of them as UUID). */
export const newId = (): string => randomUUID();

/** Timestamps are ISO 8601 strings in UTC, with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
