import { useSyncExternalStore } from "react";

/**
 * Hash routes (`#/workflows/abc`): the console server then only ever serves `/`, and a
 * reload or a shared link lands on the same page without any server-side fallback rule.
 */
function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const currentHash = () => window.location.hash;

/** The current route as path segments and query, e.g. `["workflows", "abc"]`. */
export function useRoute(): { segments: string[]; query: URLSearchParams } {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { segments, query: new URLSearchParams(search) };
}

/** The href of a route, for `<a href>` (links stay real links: middle-click, keyboard). */
export function href(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join("/")}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, "");
}
