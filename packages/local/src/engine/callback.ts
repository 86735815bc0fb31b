const CALLBACK_TIMEOUT_MS = 10_000;

/**
 * POSTs the final run to the run's `callback_url`. Delivery is best effort, as on the
 * platform: a failure is logged and never affects the run or the server.
 */
export async function deliverCallback(url: string, payload: unknown): Promise<void> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) {
      console.warn(`[noxus-local] run callback to ${url} answered ${response.status}`);
    }
  } catch (error) {
    console.warn(`[noxus-local] run callback to ${url} failed: ${(error as Error).message}`);
  }
}

/** Absolute http(s) URLs only; anything else is refused when the run is created. */
export function isCallbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
