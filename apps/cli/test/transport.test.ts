import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliBed, runNoxus, startCliBed } from "./helpers/cli.js";
import { startConnectProxy } from "./helpers/connect-proxy.js";

// The CLI sends through @noxus/client/node's undici transport, which honours HTTP_PROXY;
// Node's global fetch does not, so a real proxy tells the two apart.
let bed: CliBed;
let proxy: Awaited<ReturnType<typeof startConnectProxy>>;
beforeAll(async () => {
  bed = await startCliBed();
  proxy = await startConnectProxy();
});
afterAll(async () => {
  await proxy.close();
  await bed.close();
});

describe("noxus transport", () => {
  it("sends through undici by default, honouring HTTP_PROXY", async () => {
    const ws = await bed.workspace("cli-proxy");
    proxy.targets.length = 0;
    const result = await runNoxus(["whoami", "--json"], {
      env: { ...ws.env, HTTP_PROXY: proxy.url },
    });
    expect(result.code).toBe(0);
    expect(result.json<{ workspace_name: string }>().workspace_name).toBe("cli-proxy");
    // One tunnel per socket the client opened, every one of them to the API.
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(new Set(proxy.targets)).toEqual(new Set([new URL(bed.server.url).host]));
  });

  it("switches back to the global fetch with NOXUS_TRANSPORT=fetch", async () => {
    const ws = await bed.workspace("cli-fetch");
    proxy.targets.length = 0;
    const result = await runNoxus(["whoami", "--json"], {
      env: { ...ws.env, HTTP_PROXY: proxy.url, NOXUS_TRANSPORT: "fetch" },
    });
    expect(result.code).toBe(0);
    expect(proxy.targets).toEqual([]);
  });

  it("says what to fix when NOXUS_TRANSPORT names no transport", async () => {
    const ws = await bed.workspace("cli-bad-transport");
    const result = await runNoxus(["whoami"], { env: { ...ws.env, NOXUS_TRANSPORT: "curl" } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/NOXUS_TRANSPORT must be "undici" or "fetch"/);
  });
});
