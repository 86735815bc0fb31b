import { type Dispatcher, EnvHttpProxyAgent, FormData as UndiciFormData } from "undici";
import type { FetchLike } from "../options.js";
import type { NodeRequest } from "./node-request.js";
import { NodeResponse, type UndiciBody } from "./node-response.js";

/** How `@noxus/client/node` connects: its own keep-alive pool, or yours. */
export interface UndiciTransportOptions {
  /**
   * Most sockets kept open to one origin (default: no limit). Requests beyond it wait for
   * a free socket; idle sockets are closed after a few seconds and never keep the process alive.
   */
  connections?: number | undefined;
  /**
   * An undici Dispatcher (Agent, Pool, ProxyAgent, MockAgent…) to send through instead of
   * the client's own pool; `connections` and the proxy variables are then yours to handle.
   */
  dispatcher?: Dispatcher | undefined;
}

/**
 * The client's own pool: undici's EnvHttpProxyAgent, which sends through `HTTP_PROXY` /
 * `HTTPS_PROXY` (lower-case spellings too) except for hosts in `NO_PROXY`, read when the
 * client is created. TLS uses Node's CA store, so `NODE_EXTRA_CA_CERTS` applies.
 */
export function createDispatcher(options: UndiciTransportOptions = {}): Dispatcher {
  return new EnvHttpProxyAgent(
    options.connections !== undefined ? { connections: options.connections } : {},
  );
}

// undici's request() takes strings, bytes, Blobs, its own FormData and (async) iterables,
// which covers web ReadableStreams. The runtime's FormData (Node's bundled undici) is another
// class that it does not recognise, so its entries are moved to undici's: the parts stay
// Blobs/Files, streamed from their source when sent. URLSearchParams it does not know at all.
function bodyOf(request: Request | NodeRequest): unknown {
  const body = request.body;
  if (body === null || body === undefined) return undefined;
  if (body instanceof URLSearchParams) {
    if (!request.headers.has("content-type")) {
      request.headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
    }
    return body.toString();
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof FormData) {
    const form = new UndiciFormData();
    for (const [name, value] of body) form.append(name, value as string | Blob);
    return form;
  }
  return body;
}

/**
 * A `fetch` on undici's `request()`: takes a WHATWG Request or the client's NodeRequest,
 * answers a NodeResponse (a Response in all but construction cost). Redirects are not
 * followed (the Noxus API does not redirect); a 3xx is answered as is.
 *
 * @example
 * import createClient from "openapi-fetch";
 * import { createUndiciFetch, NodeRequest } from "@noxus/client/node";
 * const client = createClient<paths>({ baseUrl, fetch: createUndiciFetch(), Request: NodeRequest });
 */
export function createUndiciFetch(options: UndiciTransportOptions = {}): FetchLike {
  let dispatcher = options.dispatcher;
  return async function undiciFetch(input, init) {
    const request = input as Request | NodeRequest;
    const url = request.url;
    // Absolute URLs only (openapi-fetch always builds one): scheme://host[:port]/path?query
    const slash = url.indexOf("/", url.indexOf("//") + 2);
    dispatcher ??= createDispatcher(options);
    const { statusCode, statusText, headers, body } = await dispatcher.request({
      origin: slash === -1 ? url : url.slice(0, slash),
      path: slash === -1 ? "/" : url.slice(slash),
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers as unknown as Iterable<[string, string]>,
      body: bodyOf(request) as Dispatcher.DispatchOptions["body"],
      signal: init?.signal ?? request.signal ?? undefined,
    });
    return new NodeResponse(
      statusCode,
      statusText ?? "",
      headers,
      body as unknown as UndiciBody,
      url,
    ) as unknown as Response;
  };
}
