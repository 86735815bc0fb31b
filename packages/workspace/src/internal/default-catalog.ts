import type { NodeDefinition } from "@noxus/client";
import { generateCatalogTypes } from "../codegen/catalog-types.js";

/**
 * src/generated/catalog.ts from @noxus/local's catalog: one place for the options, shared by
 * the generate script and the test that checks the committed file against the generator.
 */
export function renderDefaultCatalog(definitions: readonly NodeDefinition[]): string {
  return generateCatalogTypes(definitions, {
    typeName: "DefaultNodeCatalog",
    importFrom: "../resources/workflows/typed/shapes.js",
    register: false,
    source:
      "the node catalog (GET /v1/nodes) of @noxus/local, by packages/workspace/scripts/generate.ts",
    regenerate: "pnpm generate (pnpm generate:check guards it)",
  });
}
