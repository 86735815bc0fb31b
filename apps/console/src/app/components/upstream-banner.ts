import { useSyncExternalStore } from "react";

// One flag for the whole app: any call that got "backend unreachable" raises it, so the
// banner shows once at the top instead of as many errors as there are queries.
let down = false;
const listeners = new Set<() => void>();

export function setUpstreamDown(value: boolean): void {
  if (down === value) return;
  down = value;
  for (const listener of listeners) listener();
}

export function useUpstreamDown(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => down,
  );
}
