import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";

/** A real CONNECT proxy on 127.0.0.1:0 that records the targets it tunnels to. */
export async function startConnectProxy() {
  const targets: string[] = [];
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on("connect", (req, socket, head) => {
    targets.push(req.url ?? "");
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host ?? "", () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
