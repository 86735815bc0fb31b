import type { components, operations } from "@noxus/client";

/**
 * Types of the API as generated from the spec (through @noxus/client's generated types,
 * used for types only: nothing of the client runs in the server). Handlers and stores speak
 * these shapes, so the compiler checks the server against the spec.
 */
export type Schemas = components["schemas"];
export type OperationId = keyof operations;

type Params<Id extends OperationId> = operations[Id]["parameters"];
export type PathOf<Id extends OperationId> =
  Params<Id> extends { path: infer P } ? NonNullable<P> : never;
export type QueryOf<Id extends OperationId> =
  Params<Id> extends { query?: infer Q } ? NonNullable<Q> : never;
export type BodyOf<Id extends OperationId> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
export type ResultOf<Id extends OperationId> = operations[Id] extends {
  responses: { 200: { content: { "application/json": infer R } } };
}
  ? R
  : never;
