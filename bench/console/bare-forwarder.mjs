// The floor for any forwarder: a bare node:http server that passes each request to the
// backend with undici (the console's HTTP client) and pipes the answer back, with no routing,
// checks or logging. Prints its URL as one JSON line. Usage: node bare-forwarder.mjs <backend> <key>
import { createServer } from "node:http";
import { createRequire } from "node:module";

const { request } = createRequire(new URL("../../apps/console/package.json", import.meta.url))(
  "undici",
);
const [backend, key] = process.argv.slice(2);
const server = createServer(async (req, res) => {
  const upstream = await request(backend + req.url, {
    method: req.method,
    headers: { "x-api-key": key },
  });
  res.writeHead(upstream.statusCode, { "content-type": upstream.headers["content-type"] });
  upstream.body.pipe(res);
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
});
process.on("SIGTERM", () => process.exit(0));
