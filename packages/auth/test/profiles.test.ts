import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyConfig, writeConfig } from "../src/node/config-file.js";
import {
  ApiKey,
  type CredentialsWarning,
  credentialsPath,
  listProfiles,
  loadProfile,
  NoxusCredentialsError,
  removeProfile,
  resolveCredentials,
  saveProfile,
  useProfile,
} from "../src/node.js";
import { catchError, MASKED, SECRET } from "./helpers/leaks.js";
import { useTempDirs } from "./helpers/temp.js";

const tempDir = useTempDirs();
const OTHER = "nxl_AnotherSecretValueForWorkspaceB9876543";
const isWindows = process.platform === "win32";
const isRoot = process.getuid?.() === 0;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8"));
}

describe("profiles round trip", () => {
  it("save → list → load → use → remove", () => {
    // A directory that does not exist yet: saveProfile creates it (0700).
    const configDir = path.join(tempDir(), "nested", "noxus");
    const options = {
      configDir,
      onWarning: () => expect.unreachable("no warning for our own file"),
    };

    const saved = saveProfile(
      "acme-prod",
      {
        apiKey: SECRET,
        baseUrl: "https://backend.noxus.ai/",
        workspaceId: "ws_1",
        workspaceName: "Acme",
      },
      options,
    );
    expect(saved).toMatchObject({
      name: "acme-prod",
      baseUrl: "https://backend.noxus.ai",
      current: true,
    });
    saveProfile("local", { apiKey: ApiKey.from(OTHER), baseUrl: "http://127.0.0.1:8484" }, options);

    const file = credentialsPath(options);
    expect(file).toBe(path.join(configDir, "credentials.json"));
    const json = readJson(file);
    expect(json).toMatchObject({
      version: 1,
      current: "acme-prod",
      profiles: {
        "acme-prod": {
          api_key: SECRET,
          base_url: "https://backend.noxus.ai",
          workspace_id: "ws_1",
          workspace_name: "Acme",
        },
        local: { api_key: OTHER, base_url: "http://127.0.0.1:8484" },
      },
    });
    expect(
      Date.parse((json.profiles as Record<string, { created_at: string }>).local?.created_at ?? ""),
    ).not.toBeNaN();

    const listed = listProfiles(options);
    expect(listed.map((p) => [p.name, p.current, String(p.apiKey)])).toEqual([
      ["acme-prod", true, MASKED],
      ["local", false, "nxl_Ano…"],
    ]);
    expect(listed[0]?.apiKey).toBeInstanceOf(ApiKey);

    const loaded = loadProfile("local", options);
    expect(loaded.apiKey.reveal()).toBe(OTHER);
    expect(loaded).toMatchObject({ baseUrl: "http://127.0.0.1:8484", current: false });
    expect(loaded.workspaceId).toBeUndefined();

    expect(useProfile("local", options).current).toBe(true);
    expect(readJson(file).current).toBe("local");
    expect(resolveCredentials({ env: {}, ...options })).toMatchObject({ profile: "local" });

    removeProfile("local", options);
    expect(listProfiles(options).map((p) => p.name)).toEqual(["acme-prod"]);
    expect(readJson(file).current).toBeUndefined();
    // No temp files left behind by the atomic writes.
    expect(readdirSync(configDir)).toEqual(["credentials.json"]);
  });

  it("replacing a profile keeps the others; makeCurrent switches to it", () => {
    const configDir = tempDir();
    saveProfile("a", { apiKey: SECRET }, { configDir });
    saveProfile("b", { apiKey: SECRET }, { configDir });
    saveProfile("a", { apiKey: OTHER, baseUrl: "http://other" }, { configDir });
    expect(loadProfile("a", { configDir })).toMatchObject({
      baseUrl: "http://other",
      current: true,
    });
    expect(loadProfile("a", { configDir }).apiKey.reveal()).toBe(OTHER);
    saveProfile("b", { apiKey: SECRET }, { configDir, makeCurrent: true });
    expect(listProfiles({ configDir }).find((p) => p.current)?.name).toBe("b");
  });

  it("keeps fields it does not know on rewrite", () => {
    const configDir = tempDir();
    const file = credentialsPath({ configDir });
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        current: "a",
        telemetry: false,
        profiles: { a: { api_key: SECRET, base_url: "http://x", created_at: "t", region: "eu" } },
      }),
      { mode: 0o600 },
    );
    saveProfile("b", { apiKey: OTHER }, { configDir });
    expect(readJson(file)).toMatchObject({ telemetry: false, profiles: { a: { region: "eu" } } });
  });

  it("no file: listProfiles is empty", () => {
    expect(listProfiles({ configDir: tempDir() })).toEqual([]);
  });
});

describe.skipIf(isWindows)("file permissions", () => {
  it("writes the file 0600 and creates the directory 0700", () => {
    const configDir = path.join(tempDir(), "fresh");
    saveProfile("default", { apiKey: SECRET }, { configDir });
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    expect(statSync(credentialsPath({ configDir })).mode & 0o777).toBe(0o600);
  });

  it("rewriting a 0644 file leaves it 0600", () => {
    const configDir = tempDir();
    saveProfile("default", { apiKey: SECRET }, { configDir });
    const file = credentialsPath({ configDir });
    chmodSync(file, 0o644);
    saveProfile("other", { apiKey: OTHER }, { configDir, onWarning: () => {} });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("warns about a 0644 file, naming the path and the chmod 600 fix", () => {
    const configDir = tempDir();
    saveProfile("default", { apiKey: SECRET }, { configDir });
    const file = credentialsPath({ configDir });
    chmodSync(file, 0o644);
    const warnings: CredentialsWarning[] = [];
    const got = resolveCredentials({ env: {}, configDir, onWarning: (w) => warnings.push(w) });
    expect(got.source).toBe("profile");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "NOXUS_INSECURE_CREDENTIALS", path: file });
    expect(warnings[0]?.message).toContain(file);
    expect(warnings[0]?.message).toContain("mode 644");
    expect(warnings[0]?.message).toContain(`chmod 600 "${file}"`);
    expect(warnings[0]?.message).not.toContain(SECRET);
  });

  it("by default emits a process warning with code NOXUS_INSECURE_CREDENTIALS", async () => {
    const configDir = tempDir();
    saveProfile("default", { apiKey: SECRET }, { configDir });
    chmodSync(credentialsPath({ configDir }), 0o640);
    const warned = new Promise<Error & { code?: string }>((resolve) =>
      process.once("warning", resolve),
    );
    listProfiles({ configDir });
    const warning = await warned;
    expect(warning.code).toBe("NOXUS_INSECURE_CREDENTIALS");
    expect(warning.message).toContain("chmod 600");
  });

  it("never warns for Windows (no mode bits there)", () => {
    const configDir = tempDir();
    saveProfile("default", { apiKey: SECRET }, { configDir });
    chmodSync(credentialsPath({ configDir }), 0o666);
    const warnings: unknown[] = [];
    listProfiles({ configDir, platform: "win32", onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
  });

  it.skipIf(isRoot)("a file without read permission: unreadable_config", () => {
    const configDir = tempDir();
    saveProfile("default", { apiKey: SECRET }, { configDir });
    chmodSync(credentialsPath({ configDir }), 0o000);
    const error = catchError(() => listProfiles({ configDir }));
    expect(error.code).toBe("unreadable_config");
    expect(error.message).toContain("permission denied");
  });
});

describe("bad input", () => {
  it.each(["", "-flag", ".hidden", "_x", "a b", "a/b", "..", "é", "x".repeat(65), "a\n"])(
    "profile name %j: invalid_profile",
    (name) => {
      const configDir = tempDir();
      for (const call of [
        () => saveProfile(name, { apiKey: SECRET }, { configDir }),
        () => loadProfile(name, { configDir }),
        () => removeProfile(name, { configDir }),
        () => useProfile(name, { configDir }),
      ]) {
        const error = catchError(call);
        expect(error).toBeInstanceOf(NoxusCredentialsError);
        expect(error.code).toBe("invalid_profile");
        expect(error.message).toContain('use 1 to 64 letters, digits, "_", "." or "-"');
      }
    },
  );

  it("accepts names up to 64 characters, with _ . -", () => {
    const configDir = tempDir();
    for (const name of ["a", "A1_b.c-d", "x".repeat(64), "0"])
      saveProfile(name, { apiKey: SECRET }, { configDir });
    expect(listProfiles({ configDir })).toHaveLength(4);
  });

  it("saveProfile validates the key and the base URL before writing anything", () => {
    const configDir = tempDir();
    expect(catchError(() => saveProfile("a", { apiKey: "" }, { configDir })).code).toBe(
      "empty_key",
    );
    const invalid = catchError(() => saveProfile("a", { apiKey: `${SECRET} ` }, { configDir }));
    expect(invalid.code).toBe("invalid_key");
    expect(invalid.message).toMatch(/^The API key for profile "a" contains whitespace/);
    expect(
      catchError<Error>(() => saveProfile("a", { apiKey: SECRET, baseUrl: "nope" }, { configDir }))
        .message,
    ).toMatch(/^The base URL for profile "a" must be an absolute URL/);
    expect(readdirSync(configDir)).toEqual([]);
  });

  it("unknown profiles: unknown_profile listing the saved ones (and never Object.prototype's)", () => {
    const configDir = tempDir();
    saveProfile("work", { apiKey: SECRET }, { configDir });
    saveProfile("home", { apiKey: SECRET }, { configDir });
    for (const call of [
      () => loadProfile("constructor", { configDir }),
      () => useProfile("constructor", { configDir }),
      () => removeProfile("constructor", { configDir }),
    ]) {
      const error = catchError(call);
      expect(error.code).toBe("unknown_profile");
      expect(error.hint).toContain("Available profiles: home, work.");
    }
    expect(catchError(() => loadProfile("work", { configDir: tempDir() })).hint).toContain(
      "There is no credentials file yet",
    );
  });

  it("a current that names a missing profile: unknown_profile saying where it comes from", () => {
    const configDir = tempDir();
    writeFileSync(
      credentialsPath({ configDir }),
      JSON.stringify({ version: 1, current: "gone", profiles: {} }),
      { mode: 0o600 },
    );
    const error = catchError(() => resolveCredentials({ env: {}, configDir }));
    expect(error.code).toBe("unknown_profile");
    expect(error.message).toContain('the "current" profile of');
  });

  it("the credentials file is a directory: unreadable_config naming the path", () => {
    const configDir = tempDir();
    const file = credentialsPath({ configDir });
    mkdirSync(file);
    for (const call of [
      () => listProfiles({ configDir }),
      () => resolveCredentials({ env: {}, configDir }),
    ]) {
      const error = catchError(call);
      expect(error.code).toBe("unreadable_config");
      expect(error.path).toBe(file);
      expect(error.message).toContain(
        `Cannot read the Noxus credentials file ${file}: it is a directory`,
      );
    }
  });

  it("the config dir is a file: unreadable_config when reading and when writing", () => {
    const configDir = path.join(tempDir(), "not-a-dir");
    writeFileSync(configDir, "");
    expect(catchError(() => listProfiles({ configDir })).code).toBe("unreadable_config");
    expect(catchError(() => saveProfile("a", { apiKey: SECRET }, { configDir })).code).toBe(
      "unreadable_config",
    );
    // The write path on its own (saveProfile reads first, so it fails there above).
    const file = path.join(configDir, "credentials.json");
    const error = catchError(() => writeConfig(file, emptyConfig()));
    expect(error.code).toBe("unreadable_config");
    expect(error.message).toContain(`Cannot write the Noxus credentials file ${file}`);
  });

  const corruptFiles: [string, string, RegExp][] = [
    ["invalid JSON", "{not json", /it is not valid JSON/],
    ["an empty file", "", /it is not valid JSON/],
    ["an array", "[]", /it is not a JSON object/],
    ["no version", JSON.stringify({ profiles: {} }), /"version" must be 1/],
    [
      "a newer version",
      JSON.stringify({ version: 2, profiles: {} }),
      /version 2, newer than this @noxus\/auth reads \(1\)\. Upgrade/,
    ],
    [
      "profiles not an object",
      JSON.stringify({ version: 1, profiles: [] }),
      /"profiles" must be an object/,
    ],
    [
      "current not a string",
      JSON.stringify({ version: 1, current: 3, profiles: {} }),
      /"current" must be a profile name/,
    ],
    [
      "a bad profile name",
      JSON.stringify({
        version: 1,
        profiles: { "a b": { api_key: "k", base_url: "x", created_at: "" } },
      }),
      /the profile name "a b" is not valid/,
    ],
    [
      "a profile without a key",
      JSON.stringify({ version: 1, profiles: { a: { base_url: "x", created_at: "" } } }),
      /profile "a" has an unusable api_key/,
    ],
    [
      "a profile without base_url",
      JSON.stringify({ version: 1, profiles: { a: { api_key: "k", created_at: "" } } }),
      /profile "a" has no base_url/,
    ],
    [
      "a profile without created_at",
      JSON.stringify({ version: 1, profiles: { a: { api_key: "k", base_url: "x" } } }),
      /profile "a" has no created_at/,
    ],
    [
      "a non-string workspace_id",
      JSON.stringify({
        version: 1,
        profiles: { a: { api_key: "k", base_url: "x", created_at: "", workspace_id: 7 } },
      }),
      /profile "a" has a non-string workspace_id/,
    ],
  ];

  it.each(corruptFiles)("%s: corrupt_config with the path and the fix", (_, content, problem) => {
    const configDir = tempDir();
    const file = credentialsPath({ configDir });
    writeFileSync(file, content, { mode: 0o600 });
    for (const call of [
      () => listProfiles({ configDir }),
      () => loadProfile("a", { configDir }),
      () => saveProfile("b", { apiKey: SECRET }, { configDir }),
      () => resolveCredentials({ env: {}, configDir }),
    ]) {
      const error = catchError(call);
      expect(error.code).toBe("corrupt_config");
      expect(error.path).toBe(file);
      expect(error.message).toMatch(problem);
      expect(error.message).toContain(`ix or delete ${file}, then run \`noxus login\``);
    }
    // Never "repaired" by overwriting: the user's file is left as it was.
    expect(readFileSync(file, "utf8")).toBe(content);
  });
});
