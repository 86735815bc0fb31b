import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createNoxusClient, NoxusConnectionError } from "../../src/node.js";
import { startLoopbackProxy } from "../helpers/loopback-proxy.js";
import { startRecordingServer } from "../helpers/recording-server.js";

// The Node client reads HTTP_PROXY / HTTPS_PROXY / NO_PROXY when it is created; a real proxy
// on loopback records which targets it was asked to reach.
const proxy = await startLoopbackProxy();
const api = await startRecordingServer(() => ({ body: [{ type: "InputNode" }] }));
const apiHostPort = new URL(api.url).host;
const VARIABLES = [
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
const setEnv = (values: Record<string, string>) => {
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
};
afterEach(() => {
  proxy.targets.length = 0;
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
afterAll(async () => {
  await proxy.close();
  await api.close();
});

describe("proxy variables", () => {
  it("sends plain-HTTP calls through HTTP_PROXY", async () => {
    setEnv({ HTTP_PROXY: proxy.url });
    const noxus = createNoxusClient({
      baseUrl: api.url,
      auth: { apiKey: "k" },
      throwOnError: true,
    });
    const { data } = await noxus.GET("/v1/nodes");
    expect(data).toEqual([{ type: "InputNode" }]);
    expect(proxy.targets).toEqual([`CONNECT ${apiHostPort}`]);
    expect(api.last().headers["x-api-key"]).toBe("k");
  });

  it("sends HTTPS calls through HTTPS_PROXY", async () => {
    setEnv({ HTTPS_PROXY: proxy.url });
    // The proxy is asked to tunnel to the API; nothing listens there, so the call fails.
    const noxus = createNoxusClient({
      baseUrl: "https://noxus-api.invalid",
      maxRetries: 0,
      throwOnError: true,
    });
    await expect(noxus.GET("/v1/nodes")).rejects.toBeInstanceOf(NoxusConnectionError);
    expect(proxy.targets).toEqual(["CONNECT noxus-api.invalid:443"]);
  });

  it("bypasses the proxy for hosts in NO_PROXY", async () => {
    setEnv({ HTTP_PROXY: proxy.url, NO_PROXY: "localhost,127.0.0.1" });
    const noxus = createNoxusClient({ baseUrl: api.url, throwOnError: true });
    await noxus.GET("/v1/nodes");
    expect(proxy.targets).toEqual([]);
  });

  it("ignores the variables with transport: fetch, as Node's fetch does", async () => {
    setEnv({ HTTP_PROXY: proxy.url });
    const noxus = createNoxusClient({ baseUrl: api.url, transport: "fetch", throwOnError: true });
    await noxus.GET("/v1/nodes");
    expect(proxy.targets).toEqual([]);
  });
});
