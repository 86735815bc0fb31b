// The loopback server of the client benchmark, in its own process so that its work does
// not share the measuring process's event loop.
import { createServer } from "node:http";

const BODY = JSON.stringify([
  { type: "InputNode", title: "Input", description: "The input of a flow" },
]);
const server = createServer((_req, res) => {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(BODY),
  });
  res.end(BODY);
});
server.listen(0, "127.0.0.1", () =>
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })),
);
process.on("SIGTERM", () => process.exit(0));
