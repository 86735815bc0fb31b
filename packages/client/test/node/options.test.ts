import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ProxyAgent } from "undici";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createNoxusClient, NodeResponse, NoxusConfigError } from "../../src/node.js";
import { startLoopbackProxy } from "../helpers/loopback-proxy.js";

// A server that says which client socket each request came in on.
const sockets: number[] = [];
const server = createServer((req, res) => {
  sockets.push(req.socket.remotePort ?? 0);
  setTimeout(() => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end("[]");
  }, 20);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
server.unref();
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const proxy = await startLoopbackProxy();
const savedTransport = process.env.NOXUS_TRANSPORT;
afterEach(() => {
  sockets.length = 0;
  if (savedTransport === undefined) delete process.env.NOXUS_TRANSPORT;
  else process.env.NOXUS_TRANSPORT = savedTransport;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await proxy.close();
});

describe("the Node client's options", () => {
  it("keeps at most `connections` sockets open to the API", async () => {
    const noxus = createNoxusClient({ baseUrl: url, connections: 2 });
    await Promise.all(Array.from({ length: 8 }, () => noxus.GET("/v1/nodes")));
    expect(sockets).toHaveLength(8);
    expect(new Set(sockets).size).toBe(2);
  });

  it("reuses kept-alive sockets between calls", async () => {
    const noxus = createNoxusClient({ baseUrl: url });
    for (let i = 0; i < 10; i++) await noxus.GET("/v1/nodes");
    // One socket, or two when the next call is sent before undici has marked the first free.
    expect(new Set(sockets).size).toBeLessThanOrEqual(2);
  });

  it("sends through the dispatcher it is given", async () => {
    const dispatcher = new ProxyAgent(proxy.url);
    const noxus = createNoxusClient({ baseUrl: url, dispatcher, throwOnError: true });
    await noxus.GET("/v1/nodes");
    expect(proxy.targets).toEqual([`CONNECT ${new URL(url).host}`]);
    await dispatcher.close();
  });

  it("answers Responses, and switches to fetch with NOXUS_TRANSPORT=fetch", async () => {
    const { response } = await createNoxusClient({ baseUrl: url }).GET("/v1/nodes");
    expect(response).toBeInstanceOf(NodeResponse);
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.ok, response.headers.get("Content-Type")]).toEqual([
      200,
      true,
      "application/json",
    ]);
    process.env.NOXUS_TRANSPORT = "fetch";
    const viaFetch = await createNoxusClient({ baseUrl: url }).GET("/v1/nodes");
    expect(viaFetch.response).not.toBeInstanceOf(NodeResponse);
    expect(viaFetch.response).toBeInstanceOf(Response);
  });

  it("rejects an unknown transport, naming where it came from", () => {
    process.env.NOXUS_TRANSPORT = "curl";
    expect(() => createNoxusClient({ baseUrl: url })).toThrow(NoxusConfigError);
    expect(() => createNoxusClient({ baseUrl: url })).toThrow(/NOXUS_TRANSPORT must be/);
    expect(() => createNoxusClient({ baseUrl: url, transport: "http2" as "fetch" })).toThrow(
      /transport must be "undici" or "fetch"/,
    );
  });
});
