import path from "node:path";
import { describe, expect, it } from "vitest";
import { configDirectory, credentialsPath } from "../src/node.js";

describe("credentialsPath", () => {
  it("configDir beats NOXUS_CONFIG_DIR, which beats the platform directory", () => {
    const env = { NOXUS_CONFIG_DIR: "/env/dir", XDG_CONFIG_HOME: "/xdg", HOME: "/home/u" };
    expect(credentialsPath({ configDir: "/opt/dir", env, platform: "linux" })).toBe(
      path.join("/opt/dir", "credentials.json"),
    );
    expect(credentialsPath({ env, platform: "linux" })).toBe(
      path.join("/env/dir", "credentials.json"),
    );
  });

  it("Linux: $XDG_CONFIG_HOME/noxus, else ~/.config/noxus (a relative XDG_CONFIG_HOME is ignored)", () => {
    expect(
      credentialsPath({ env: { XDG_CONFIG_HOME: "/xdg", HOME: "/home/u" }, platform: "linux" }),
    ).toBe("/xdg/noxus/credentials.json");
    expect(credentialsPath({ env: { HOME: "/home/u" }, platform: "linux" })).toBe(
      "/home/u/.config/noxus/credentials.json",
    );
    expect(
      credentialsPath({ env: { XDG_CONFIG_HOME: "rel", HOME: "/home/u" }, platform: "freebsd" }),
    ).toBe("/home/u/.config/noxus/credentials.json");
  });

  it("macOS: ~/Library/Application Support/noxus", () => {
    expect(
      configDirectory({ env: { HOME: "/Users/u", XDG_CONFIG_HOME: "/xdg" }, platform: "darwin" }),
    ).toBe("/Users/u/Library/Application Support/noxus");
  });

  it("Windows: %APPDATA%\\noxus, else %USERPROFILE%\\AppData\\Roaming\\noxus", () => {
    expect(
      credentialsPath({ env: { APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, platform: "win32" }),
    ).toBe("C:\\Users\\u\\AppData\\Roaming\\noxus\\credentials.json");
    expect(credentialsPath({ env: { USERPROFILE: "C:\\Users\\u" }, platform: "win32" })).toBe(
      "C:\\Users\\u\\AppData\\Roaming\\noxus\\credentials.json",
    );
  });
});
