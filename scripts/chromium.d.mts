/** The launch options every browser test and benchmark passes to playwright-core's `chromium.launch`. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
