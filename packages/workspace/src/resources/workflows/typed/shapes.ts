import type { DefaultNodeCatalog } from "../../../generated/catalog.js";
import type { ConfigValues } from "../config.js";

export type { ConfigValue } from "../config.js";

/** A file, image or audio value: a URL the server can fetch, and ideally a file name. */
export interface NodeFileValue {
  uri: string;
  name?: string;
}

/**
 * What the types know of one node type, as `generateCatalogTypes()` writes it from the
 * type's catalog entry (`GET /v1/nodes`).
 */
export interface NodeTypeShape {
  /** Config keys and their value types; a required key is not optional. */
  config: object;
  /** Names of the input connectors. */
  inputs: string;
  /** The inputs that carry several named values (variable connectors): a link into one needs a key. */
  keyedInputs: string;
  /** Names of the output connectors. */
  outputs: string;
}

/** A node type the types know nothing about: every name and value compiles (the catalog checks them at run time). */
export interface UntypedNodeShape {
  config: ConfigValues;
  inputs: string;
  keyedInputs: string;
  outputs: string;
}

/** Node types by name, as a generated catalog type describes them. */
export type NodeCatalogShape = { [type: string]: NodeTypeShape };

/** A catalog that types nothing: `ws.workflows.build<UntypedNodeCatalog>(…)` builds without type checks. */
export type UntypedNodeCatalog = { [type: string]: UntypedNodeShape };

/**
 * Augment this interface to make a regenerated catalog the one every builder uses
 * (`noxus types catalog --out noxus-catalog.ts` writes the augmentation for you):
 *
 * @example
 * declare module "@noxus/workspace" {
 *   interface NoxusRegister {
 *     nodeCatalog: NodeCatalogTypes;
 *   }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: an interface users augment (declaration merging).
export interface NoxusRegister {}

/** The node catalog builders are typed with: the registered one, else the default (@noxus/local's). */
export type RegisteredNodeCatalog = NoxusRegister extends {
  nodeCatalog: infer Catalog extends NodeCatalogShape;
}
  ? Catalog
  : DefaultNodeCatalog;

/** The config a `builder.node(type, config)` call takes: every required key, optional keys may be null. */
export type NodeConfigInput<Shape extends NodeTypeShape> = {
  [Key in keyof Shape["config"]]: Record<never, never> extends Pick<Shape["config"], Key>
    ? Shape["config"][Key] | null
    : Shape["config"][Key];
};

/** What `node.config(values)` takes: any subset of the keys; `null` or `undefined` clears one. */
export type ConfigPatch<Shape extends NodeTypeShape> = {
  [Key in keyof Shape["config"]]?: Shape["config"][Key] | null;
};

/** The key argument of `node.input(name, key)`: required for a keyed input, absent otherwise. */
export type InputKeyArgs<Shape extends NodeTypeShape, Name> = string extends Shape["keyedInputs"]
  ? [key?: string]
  : Name extends Shape["keyedInputs"]
    ? [key: string]
    : [];
