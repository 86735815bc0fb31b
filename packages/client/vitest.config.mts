import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// The suites that speak HTTP run twice: over the main entry's fetch transport and over
// @noxus/client/node's undici transport (test/helpers/transport-under-test.ts).
const OVER_BOTH = [
  "test/client.test.ts",
  "test/transport.test.ts",
  "test/sse.test.ts",
  "test/redaction.test.ts",
];

export default defineConfig({
  define: { __NOXUS_CLIENT_VERSION__: JSON.stringify(version) },
  test: {
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    projects: [
      {
        extends: true,
        test: {
          name: "fetch",
          include: ["test/**/*.test.ts"],
          exclude: ["test/node/**"],
          env: { NOXUS_TEST_TRANSPORT: "fetch" },
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "undici",
          include: [...OVER_BOTH, "test/node/**/*.test.ts"],
          env: { NOXUS_TEST_TRANSPORT: "undici" },
        },
      },
    ],
  },
});
