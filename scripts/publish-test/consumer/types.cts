// The CommonJS view of the types: `require()` resolves the package's .d.ts for CJS.
import sdk = require("@noxus/workspace");

export const connect: typeof sdk.Workspace.connect = sdk.Workspace.connect;
