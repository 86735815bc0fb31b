#!/usr/bin/env node
// `pnpm start`, the main job. The local Noxus server (@noxus/local) has not landed yet, so
// for now this reports what the build produced and how to use it, and says so plainly.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const spec = parse(readFileSync(join(root, "spec", "noxus.openapi.yaml"), "utf8"));
const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const operations = Object.values(spec.paths).flatMap((item) => methods.filter((m) => item[m]));

console.log(
  `Noxus TypeScript kit: ${spec.info.title} ${spec.info.version}, ${operations.length} operations in spec/noxus.openapi.yaml\n`,
);
console.log("Built packages:");
for (const group of ["packages", "apps"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const manifest = JSON.parse(readFileSync(join(dir, name, "package.json"), "utf8"));
    const built = existsSync(join(dir, name, "dist"));
    console.log(
      `  ${manifest.name}@${manifest.version}  ${group}/${name}  ${built ? "dist/ ready" : "not built"}`,
    );
  }
}
console.log(`
Not yet here: the local Noxus server (@noxus/local) that this command will start with demo
data, and the \`noxus\` CLI. Until then, try the typed client against the hosted API:

  node -e 'const { createNoxusClient } = require("./packages/client");
    createNoxusClient({ auth: { apiKey: process.env.NOXUS_API_KEY }, throwOnError: true })
      .GET("/v1/nodes").then(({ data }) => console.log(data.map((n) => n.type)))'
`);
