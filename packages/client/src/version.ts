declare const __NOXUS_CLIENT_VERSION__: string;

/** The version of @noxus/client, injected at build time from package.json. */
export const VERSION: string = __NOXUS_CLIENT_VERSION__;
