import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiKey, apiKeyAuth, NoxusCredentialsError, redact, redactHeaders } from "../src/index.js";
import {
  listProfiles,
  loadProfile,
  type NoxusCredentialsErrorCode,
  resolveCredentials,
  saveProfile,
} from "../src/node.js";
import { catchError, expectNoLeak, MASKED, SECRET } from "./helpers/leaks.js";
import { useTempDirs } from "./helpers/temp.js";

const tempDir = useTempDirs();
const OTHER = "nxl_AnotherSecretValueForWorkspaceB9876543";

describe("errors never carry the key", () => {
  // One way to cause each code, with the key around wherever it can be: in the input, in
  // the environment, in the file being read.
  const causes: Record<NoxusCredentialsErrorCode, () => unknown> = {
    empty_key: () => resolveCredentials({ apiKey: "", env: { NOXUS_API_KEY: SECRET } }),
    invalid_key: () => resolveCredentials({ env: { NOXUS_API_KEY: `${SECRET} \n` } }),
    no_credentials: () =>
      resolveCredentials({ env: { HOME: "/nonexistent" }, configDir: tempDir() }),
    unknown_profile: () => {
      const configDir = tempDir();
      saveProfile("work", { apiKey: SECRET }, { configDir });
      return loadProfile("home", { configDir });
    },
    unreadable_config: () => {
      const configDir = tempDir();
      mkdirSync(path.join(configDir, "credentials.json"));
      return resolveCredentials({ env: {}, configDir });
    },
    corrupt_config: () => {
      const configDir = tempDir();
      // Truncated JSON right after the key: JSON.parse's own message would quote it.
      writeFileSync(
        path.join(configDir, "credentials.json"),
        `{"version":1,"profiles":{"a":{"api_key":"${SECRET}`,
        { mode: 0o600 },
      );
      return listProfiles({ configDir });
    },
    invalid_profile: () =>
      saveProfile(`bad name ${SECRET}`, { apiKey: SECRET }, { configDir: tempDir() }),
  };

  it.each(Object.keys(causes) as NoxusCredentialsErrorCode[])("%s", (code) => {
    const error = catchError(causes[code]);
    expect(error).toBeInstanceOf(NoxusCredentialsError);
    expect(error.code).toBe(code);
    expectNoLeak(error);
    expect(Object.keys(error.toJSON())).toEqual([
      "name",
      "code",
      "message",
      "hint",
      "retryable",
      "path",
      "profile",
    ]);
  });

  it("corrupt_config for an unusable key in the file does not show it either", () => {
    const configDir = tempDir();
    writeFileSync(
      path.join(configDir, "credentials.json"),
      JSON.stringify({
        version: 1,
        profiles: { a: { api_key: `${SECRET} tail`, base_url: "http://x", created_at: "" } },
      }),
      { mode: 0o600 },
    );
    const error = catchError(() => listProfiles({ configDir }));
    expect(error.code).toBe("corrupt_config");
    expect(error.message).toMatch(/profile "a" has an unusable api_key/);
    expectNoLeak(error);
  });
});

describe("redact", () => {
  it("masks every occurrence of every key, strings or ApiKeys", () => {
    const text = `key=${SECRET}; again ${SECRET}; other=${OTHER}`;
    const out = redact(text, SECRET, ApiKey.from(OTHER));
    expect(out).toBe(`key=${MASKED}; again ${MASKED}; other=nxl_Ano…`);
    expectNoLeak(out);
    expectNoLeak(out, OTHER);
  });

  it("masks a longer key whole when it contains a shorter one", () => {
    const out = redact(`${SECRET}-suffix and ${SECRET}`, SECRET, `${SECRET}-suffix`);
    expect(out).toBe(`${MASKED} and ${MASKED}`);
  });

  it("treats keys as text, not patterns, and ignores empty ones", () => {
    expect(redact("a.b+c a.b+c axb+c", "a.b+c", "", undefined, null)).toBe("… … axb+c");
    expect(redact("nothing here")).toBe("nothing here");
  });
});

describe("redactHeaders", () => {
  it("masks a Headers and gives a Headers back", () => {
    const input = new Headers({
      "X-API-Key": SECRET,
      Authorization: `Bearer ${SECRET}`,
      Cookie: `session=${SECRET}; theme=dark`,
      "Content-Type": "application/json",
    });
    input.append("Set-Cookie", `sid=${SECRET}; Path=/; HttpOnly`);
    input.append("Set-Cookie", "lang=en; Path=/");
    const out = redactHeaders(input);
    expect(out).toBeInstanceOf(Headers);
    // A Headers cannot hold "…" (Latin-1 only): masks end in "..." there.
    expect(out.get("x-api-key")).toBe("nxl_SeC...");
    expect(out.get("authorization")).toBe("Bearer nxl_SeC...");
    expect(out.get("cookie")).toBe("session=...; theme=...");
    expect(out.getSetCookie()).toEqual(["sid=...; Path=/; HttpOnly", "lang=...; Path=/"]);
    expect(out.get("content-type")).toBe("application/json");
    expect(input.get("x-api-key")).toBe(SECRET);
    expectNoLeak([...out].join("\n"));
  });

  it("masks a record (any case, arrays too) and gives a record back", () => {
    const out = redactHeaders({
      "x-api-key": SECRET,
      AUTHORIZATION: SECRET,
      "set-cookie": [`a=${SECRET}`, `b=${OTHER}; Secure`],
      accept: "text/event-stream",
      "content-length": undefined,
    });
    expect(out).toEqual({
      "x-api-key": MASKED,
      AUTHORIZATION: MASKED,
      "set-cookie": ["a=…", "b=…; Secure"],
      accept: "text/event-stream",
      "content-length": undefined,
    });
    expectNoLeak(out);
    expectNoLeak(out, OTHER);
  });

  it("masks a tuple list and gives a tuple list back", () => {
    const out = redactHeaders([
      ["X-Api-Key", SECRET],
      ["Proxy-Authorization", `Basic ${SECRET}`],
      ["Accept", "*/*"],
    ]);
    expect(out).toEqual([
      ["X-Api-Key", MASKED],
      ["Proxy-Authorization", `Basic ${MASKED}`],
      ["Accept", "*/*"],
    ]);
  });
});

describe("other holders of a key", () => {
  it("an auth strategy serialises and inspects without it", () => {
    const strategy = apiKeyAuth(SECRET);
    expect(JSON.stringify(strategy)).toBe('{"kind":"api-key"}');
    expectNoLeak(strategy);
    expectNoLeak({ auth: strategy, baseUrl: "http://x" });
  });

  it("resolved credentials and profiles print masked", () => {
    const configDir = tempDir();
    saveProfile("work", { apiKey: SECRET, workspaceName: "Work" }, { configDir });
    expectNoLeak(listProfiles({ configDir }));
    expectNoLeak(loadProfile("work", { configDir }));
    expectNoLeak(resolveCredentials({ env: {}, configDir }));
    expectNoLeak(resolveCredentials({ env: { NOXUS_API_KEY: SECRET } }));
  });
});
