/** JSON over HTTP with one key; throws on anything but 2xx (the world must build). */
export function apiFor(baseUrl: string, key: string) {
  return async function api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const init: RequestInit = { method, headers: { "x-api-key": key } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as T;
  };
}

/** A new workspace and a key for it, made with a tenant-admin key. */
export async function newWorkspace(baseUrl: string, adminKey: string, name: string) {
  const admin = apiFor(baseUrl, adminKey);
  const group = await admin<{ id: string }>("POST", "/v1/admin/groups", {
    name,
    description: null,
  });
  const key = await admin<{ value: string }>("POST", `/v1/admin/groups/${group.id}/api-keys`, {
    name: `${name}-key`,
  });
  return { id: group.id, key: key.value };
}
