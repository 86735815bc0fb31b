// Child process for the local benchmarks: serves either a bare fastify hello-world (the
// baseline) or @noxus/local, then prints one JSON line with what the parent needs.
import { startLocalServer } from "@noxus/local";
import Fastify from "fastify";

const mode = process.argv[2];
if (mode === "baseline") {
  const app = Fastify();
  app.get("/hello", async () => ({ hello: "world" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  console.log(JSON.stringify({ url: `http://127.0.0.1:${app.server.address().port}` }));
} else {
  const server = await startLocalServer({ database: process.argv[3] ?? ":memory:" });
  console.log(JSON.stringify({ url: server.url, adminKey: server.adminKey }));
}
process.on("SIGTERM", () => process.exit(0));
