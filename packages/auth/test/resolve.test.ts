import { writeFileSync } from "node:fs";
import path from "node:path";
import { NoxusConfigError } from "@noxus/client";
import { describe, expect, it } from "vitest";
import { ApiKey, resolveCredentials as resolveCore } from "../src/index.js";
import { credentialsPath, resolveCredentials, saveProfile } from "../src/node.js";
import { catchError } from "./helpers/leaks.js";
import { useTempDirs } from "./helpers/temp.js";

const tempDir = useTempDirs();
const OPTION_KEY = "nxl_fromTheOption000000000000000000000000";
const ENV_KEY = "nxl_fromTheEnvironment0000000000000000000";
const WORK_KEY = "nxl_fromProfileWork000000000000000000000";
const HOME_KEY = "nxl_fromProfileHome000000000000000000000";
const DEFAULT_KEY = "nxl_fromProfileDefault000000000000000000";

/** A config dir with three profiles; `current` is "work". */
function withProfiles(): string {
  const configDir = tempDir();
  saveProfile("work", { apiKey: WORK_KEY, baseUrl: "https://work.example/" }, { configDir });
  saveProfile("home", { apiKey: HOME_KEY, baseUrl: "http://127.0.0.1:8484" }, { configDir });
  saveProfile(
    "default",
    { apiKey: DEFAULT_KEY, baseUrl: "https://default.example" },
    { configDir },
  );
  return configDir;
}

describe("core resolveCredentials (option → NOXUS_API_KEY)", () => {
  it("the option beats NOXUS_API_KEY", () => {
    const got = resolveCore({ apiKey: OPTION_KEY, env: { NOXUS_API_KEY: ENV_KEY } });
    expect(got.source).toBe("option");
    expect(got.apiKey.reveal()).toBe(OPTION_KEY);
    expect(got.baseUrl).toBe("https://backend.noxus.ai");
  });

  it("takes an ApiKey as the option", () => {
    const got = resolveCore({ apiKey: ApiKey.from(OPTION_KEY), env: {} });
    expect(got.apiKey.reveal()).toBe(OPTION_KEY);
  });

  it("reads NOXUS_API_KEY; an empty variable counts as unset", () => {
    expect(resolveCore({ env: { NOXUS_API_KEY: ENV_KEY } })).toMatchObject({ source: "env" });
    const error = catchError(() => resolveCore({ env: { NOXUS_API_KEY: "" } }));
    expect(error.code).toBe("no_credentials");
  });

  it("reads process.env by default", () => {
    const saved = process.env.NOXUS_API_KEY;
    process.env.NOXUS_API_KEY = ENV_KEY;
    try {
      expect(resolveCore().apiKey.reveal()).toBe(ENV_KEY);
    } finally {
      if (saved === undefined) delete process.env.NOXUS_API_KEY;
      else process.env.NOXUS_API_KEY = saved;
    }
  });

  it("no key anywhere: no_credentials listing the three ways", () => {
    const error = catchError(() => resolveCore({ env: {} }));
    expect(error.code).toBe("no_credentials");
    expect(error.message).toContain("apiKey");
    expect(error.message).toContain("NOXUS_API_KEY");
    expect(error.message).toContain("noxus login");
  });

  it("names NOXUS_API_KEY when its value is unusable", () => {
    const error = catchError(() => resolveCore({ env: { NOXUS_API_KEY: `${ENV_KEY}\n` } }));
    expect(error.code).toBe("invalid_key");
    expect(error.message).toMatch(/^NOXUS_API_KEY contains whitespace/);
  });

  it("an explicit empty key is an error, not a fall-through to the environment", () => {
    const error = catchError(() => resolveCore({ apiKey: "", env: { NOXUS_API_KEY: ENV_KEY } }));
    expect(error.code).toBe("empty_key");
  });

  describe("base URL", () => {
    it("NOXUS_BACKEND_URL beats the baseUrl option (as in the Python SDK)", () => {
      const got = resolveCore({
        apiKey: OPTION_KEY,
        baseUrl: "https://option.example",
        env: { NOXUS_BACKEND_URL: "https://env.example/" },
      });
      expect(got.baseUrl).toBe("https://env.example");
    });

    it("then the option (normalised), then the default", () => {
      expect(
        resolveCore({ apiKey: OPTION_KEY, baseUrl: "http://127.0.0.1:8484//", env: {} }).baseUrl,
      ).toBe("http://127.0.0.1:8484");
      expect(resolveCore({ apiKey: OPTION_KEY, env: { NOXUS_BACKEND_URL: "" } }).baseUrl).toBe(
        "https://backend.noxus.ai",
      );
    });

    it("a malformed URL names its source", () => {
      const fromEnv = catchError<Error>(() =>
        resolveCore({ apiKey: OPTION_KEY, env: { NOXUS_BACKEND_URL: "backend.noxus.ai" } }),
      );
      expect(fromEnv).toBeInstanceOf(NoxusConfigError);
      expect(fromEnv.message).toMatch(/^NOXUS_BACKEND_URL must be an absolute URL/);
      const fromOption = catchError<Error>(() =>
        resolveCore({ apiKey: OPTION_KEY, baseUrl: "ftp://x", env: {} }),
      );
      expect(fromOption.message).toMatch(/^The baseUrl option must use http or https/);
      const withUser = catchError<Error>(() =>
        resolveCore({ apiKey: OPTION_KEY, baseUrl: "https://user:hunter2@x.example", env: {} }),
      );
      expect(withUser.message).not.toContain("hunter2");
    });
  });
});

describe("node resolveCredentials (option → NOXUS_API_KEY → profile)", () => {
  it("the option beats NOXUS_API_KEY and every profile", () => {
    const configDir = withProfiles();
    const got = resolveCredentials({
      apiKey: OPTION_KEY,
      profile: "home",
      env: { NOXUS_API_KEY: ENV_KEY, NOXUS_PROFILE: "home" },
      configDir,
    });
    expect(got).toMatchObject({ source: "option", baseUrl: "https://backend.noxus.ai" });
    expect(got.apiKey.reveal()).toBe(OPTION_KEY);
  });

  it("NOXUS_API_KEY beats the profiles (even one named by the option)", () => {
    const configDir = withProfiles();
    const got = resolveCredentials({ profile: "home", env: { NOXUS_API_KEY: ENV_KEY }, configDir });
    expect(got.source).toBe("env");
    expect(got.apiKey.reveal()).toBe(ENV_KEY);
    // The profile's base URL belongs to the profile's key, not to this one.
    expect(got.baseUrl).toBe("https://backend.noxus.ai");
  });

  it("the profile option beats NOXUS_PROFILE", () => {
    const configDir = withProfiles();
    const got = resolveCredentials({
      profile: "home",
      env: { NOXUS_PROFILE: "default" },
      configDir,
    });
    expect(got).toMatchObject({
      source: "profile",
      profile: "home",
      baseUrl: "http://127.0.0.1:8484",
    });
    expect(got.apiKey.reveal()).toBe(HOME_KEY);
  });

  it("NOXUS_PROFILE beats the file's current", () => {
    const configDir = withProfiles();
    const got = resolveCredentials({ env: { NOXUS_PROFILE: "default" }, configDir });
    expect(got).toMatchObject({
      source: "profile",
      profile: "default",
      baseUrl: "https://default.example",
    });
  });

  it("the file's current beats `default`", () => {
    const configDir = withProfiles();
    const got = resolveCredentials({ env: {}, configDir });
    expect(got).toMatchObject({
      source: "profile",
      profile: "work",
      baseUrl: "https://work.example",
    });
    expect(got.apiKey.reveal()).toBe(WORK_KEY);
  });

  it("`default` when the file has no current", () => {
    const configDir = tempDir();
    writeFileSync(
      credentialsPath({ configDir }),
      JSON.stringify({
        version: 1,
        profiles: {
          default: {
            api_key: DEFAULT_KEY,
            base_url: "https://default.example",
            created_at: "2026-01-01T00:00:00Z",
          },
        },
      }),
      { mode: 0o600 },
    );
    expect(resolveCredentials({ env: {}, configDir })).toMatchObject({ profile: "default" });
  });

  it("carries the profile's workspace", () => {
    const configDir = tempDir();
    saveProfile(
      "acme",
      { apiKey: WORK_KEY, workspaceId: "ws_1", workspaceName: "Acme" },
      { configDir },
    );
    expect(resolveCredentials({ env: {}, configDir })).toMatchObject({
      profile: "acme",
      workspaceId: "ws_1",
      workspaceName: "Acme",
      baseUrl: "https://backend.noxus.ai",
    });
  });

  it("NOXUS_BACKEND_URL beats the option, which beats the profile's base URL", () => {
    const configDir = withProfiles();
    expect(
      resolveCredentials({
        baseUrl: "https://option.example",
        env: { NOXUS_BACKEND_URL: "https://env.example" },
        configDir,
      }).baseUrl,
    ).toBe("https://env.example");
    expect(
      resolveCredentials({ baseUrl: "https://option.example", env: {}, configDir }).baseUrl,
    ).toBe("https://option.example");
  });

  it("finds the file through NOXUS_CONFIG_DIR", () => {
    const configDir = withProfiles();
    expect(resolveCredentials({ env: { NOXUS_CONFIG_DIR: configDir } })).toMatchObject({
      profile: "work",
    });
  });

  it("does not read the file when a key is given: a broken file does not stand in the way", () => {
    const configDir = tempDir();
    writeFileSync(path.join(configDir, "credentials.json"), "{broken", { mode: 0o600 });
    expect(resolveCredentials({ env: { NOXUS_API_KEY: ENV_KEY }, configDir }).source).toBe("env");
    expect(catchError(() => resolveCredentials({ env: {}, configDir })).code).toBe(
      "corrupt_config",
    );
  });

  describe("failures", () => {
    it("no file and no key: no_credentials", () => {
      const error = catchError(() => resolveCredentials({ env: {}, configDir: tempDir() }));
      expect(error.code).toBe("no_credentials");
      expect(error.message).toMatch(/NOXUS_API_KEY[\s\S]*noxus login/);
    });

    it("a profile named by the option that does not exist: unknown_profile listing the saved ones", () => {
      const configDir = withProfiles();
      const error = catchError(() =>
        resolveCredentials({ profile: "staging", env: {}, configDir }),
      );
      expect(error.code).toBe("unknown_profile");
      expect(error.profile).toBe("staging");
      expect(error.message).toContain('No Noxus profile named "staging"');
      expect(error.hint).toContain("Available profiles: default, home, work.");
      expect(error.message).toContain("noxus login --profile staging");
    });

    it("a profile named by NOXUS_PROFILE that does not exist says so", () => {
      const configDir = withProfiles();
      const error = catchError(() =>
        resolveCredentials({ env: { NOXUS_PROFILE: "staging" }, configDir }),
      );
      expect(error.code).toBe("unknown_profile");
      expect(error.message).toContain("(named by NOXUS_PROFILE)");
    });

    it("a named profile with no file at all: unknown_profile saying there is no file", () => {
      const configDir = tempDir();
      const error = catchError(() => resolveCredentials({ profile: "work", env: {}, configDir }));
      expect(error.code).toBe("unknown_profile");
      expect(error.hint).toContain("There is no credentials file yet");
      expect(error.path).toBe(credentialsPath({ configDir }));
    });

    it("profiles but none current and no `default`: no_credentials naming them", () => {
      const configDir = tempDir();
      writeFileSync(
        credentialsPath({ configDir }),
        JSON.stringify({
          version: 1,
          profiles: { a: { api_key: WORK_KEY, base_url: "http://x", created_at: "" } },
        }),
        { mode: 0o600 },
      );
      const error = catchError(() => resolveCredentials({ env: {}, configDir }));
      expect(error.code).toBe("no_credentials");
      expect(error.message).toContain("has profiles (a) but none is current");
    });

    it("an invalid profile name from the option or NOXUS_PROFILE: invalid_profile", () => {
      const configDir = withProfiles();
      const fromOption = catchError(() =>
        resolveCredentials({ profile: "../etc", env: {}, configDir }),
      );
      expect(fromOption.code).toBe("invalid_profile");
      expect(fromOption.message).toMatch(/^The profile option "\.\.\/etc" is not valid/);
      const fromEnv = catchError(() =>
        resolveCredentials({ env: { NOXUS_PROFILE: "a b" }, configDir }),
      );
      expect(fromEnv.code).toBe("invalid_profile");
      expect(fromEnv.message).toMatch(/^NOXUS_PROFILE "a b" is not valid/);
    });
  });
});
