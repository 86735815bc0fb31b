/**
 * The Request class `@noxus/client/node` gives openapi-fetch (its `Request` option). A WHATWG
 * Request turns its body into a stream and validates every field, which costs more than
 * the rest of a loopback request; this one keeps what it is given (the URL, method, headers
 * and the serialised body: a string or FormData) and the undici transport sends it as is.
 * Keeping the FormData (not a stream) also lets a retry send an upload again without
 * buffering it.
 *
 * Middleware sees it as a Request: `url`, `method`, `headers` (a real Headers), `body`,
 * `signal`, and `instanceof Request` holds; body readers (`text()`, …) go through a real
 * Request built on demand.
 */
export class NodeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The body as given: string, FormData, Blob, bytes, URLSearchParams or a stream. */
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL | Request, init: RequestInit = {}) {
    const from = typeof input === "object" && "method" in input ? input : undefined;
    this.url = from ? from.url : String(input);
    this.method = (init.method ?? from?.method ?? "GET").toUpperCase();
    // openapi-fetch hands over a Headers it built for this request alone: kept, not copied.
    this.headers =
      init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? from?.headers);
    this.body = init.body ?? from?.body ?? null;
    this.signal = init.signal ?? from?.signal ?? null;
    this.redirect = init.redirect ?? "follow";
  }

  /** A copy that can be sent again; the body (string, FormData, Blob) is shared, not consumed. */
  clone(): NodeRequest {
    // Body sources kept here (strings, FormData, Blobs) can be sent any number of times.
    return new NodeRequest(this.url, {
      method: this.method,
      headers: new Headers(this.headers),
      body: this.body,
      signal: this.signal,
      redirect: this.redirect,
    });
  }

  /** A real WHATWG Request with the same fields. */
  toRequest(): Request {
    return new Request(this.url, {
      method: this.method,
      headers: this.headers,
      body: this.body,
      signal: this.signal,
      redirect: this.redirect,
      ...(this.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
  }

  /** The body as text. */
  text(): Promise<string> {
    return this.toRequest().text();
  }
  /** The body parsed as JSON. */
  json(): Promise<unknown> {
    return this.toRequest().json();
  }
  /** The body as bytes. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toRequest().arrayBuffer();
  }
  /** The body as a Blob. */
  blob(): Promise<Blob> {
    return this.toRequest().blob();
  }
  /** The body parsed as form data. */
  formData(): Promise<FormData> {
    return this.toRequest().formData();
  }

  /** Always false: the body is kept as given, so reading it does not use it up. */
  get bodyUsed(): boolean {
    return false;
  }

  /** `"Request"`, as a WHATWG Request reports. */
  get [Symbol.toStringTag](): string {
    return "Request";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): object {
    // Never the headers: they carry the API key.
    return { method: this.method, url: this.url };
  }

  /**
   * Real Requests (returned by a middleware) are accepted where a NodeRequest is expected;
   * NodeRequests are Requests too (see below).
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }
}

// `instanceof Request` holds. Request.prototype's other getters (cache, mode, credentials…)
// are answered below with the defaults a fetch would use, so no brand check is reached.
Object.setPrototypeOf(NodeRequest.prototype, Request.prototype);
// Request.prototype has getters only for these; a build that compiles class fields to
// assignments must find a writable slot first, or the assignment throws.
for (const name of ["url", "method", "headers", "body", "signal", "redirect"]) {
  Object.defineProperty(NodeRequest.prototype, name, { writable: true, configurable: true });
}
for (const [name, value] of Object.entries({
  cache: "default",
  credentials: "same-origin",
  destination: "",
  duplex: "half",
  integrity: "",
  isHistoryNavigation: false,
  isReloadNavigation: false,
  keepalive: false,
  mode: "cors",
  referrer: "about:client",
  referrerPolicy: "",
})) {
  Object.defineProperty(NodeRequest.prototype, name, { value, configurable: true });
}
