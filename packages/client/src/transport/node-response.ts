import { Readable } from "node:stream";
import { NodeHeaders } from "./node-headers.js";

/** What undici's `request()` hands back as a body: a Node stream that can also consume itself. */
export interface UndiciBody extends Readable {
  bytes(): Promise<Uint8Array>;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * The answer `@noxus/client/node` hands to openapi-fetch and to you: it behaves as a WHATWG
 * `Response` (`status`, `ok`, `statusText`, `headers.get()`, `text()`, `json()`,
 * `arrayBuffer()`, `blob()`, `bytes()`, `formData()`, `body`, `clone()`, and
 * `instanceof Response` holds), but is built straight from what undici parsed, because
 * constructing a real Response costs more than the rest of a loopback request.
 *
 * Differences: `headers` is a light view with Headers' methods (`headers.toHeaders()` gives a
 * real one), and a body that was read into memory can be read again.
 */
export class NodeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: NodeHeaders;
  readonly url: string;
  // Exactly one of these holds the body (none for an answer without one).
  private stream: UndiciBody | undefined;
  private web: ReadableStream<Uint8Array> | undefined;
  private bytesRead: Buffer | undefined;

  /** @internal Built by the undici transport; you receive one, you do not construct one. */
  constructor(
    status: number,
    statusText: string,
    headers: Record<string, string | string[] | undefined>,
    body: UndiciBody | undefined,
    url: string,
  ) {
    this.status = status;
    this.statusText = statusText;
    this.headers = new NodeHeaders(headers);
    this.url = url;
    this.stream = body;
  }

  /** Always false: redirects are not followed; a 3xx answer is returned as is. */
  get redirected(): boolean {
    return false;
  }

  /** Always `"basic"`. */
  get type(): ResponseType {
    return "basic";
  }

  /** True for a 2xx status. */
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  /** Whether the body stream was read (a body already in memory can be read again). */
  get bodyUsed(): boolean {
    return this.bytesRead === undefined && Boolean(this.stream?.readableDidRead);
  }

  /** The body as a web stream; null for an answer without one (204, 205, 304). */
  get body(): ReadableStream<Uint8Array> | null {
    if (NO_BODY.has(this.status)) return null;
    if (this.web) return this.web;
    if (this.bytesRead) {
      const bytes = this.bytesRead;
      return new ReadableStream<Uint8Array>({
        start(controller) {
          if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      });
    }
    if (!this.stream) return null;
    // Node's adapter rather than undici's `.body`: cancelling it destroys the socket's body
    // even before the first read, which frees the connection of a discarded answer.
    this.web = Readable.toWeb(this.stream) as ReadableStream<Uint8Array>;
    return this.web;
  }

  /**
   * Reads the whole body into memory, so that a connection cut mid-body fails the attempt
   * (and is retried) rather than the caller's later `json()`. Called by the transport.
   */
  async bufferBody(): Promise<this> {
    const stream = this.stream;
    if (stream && !this.web) {
      const bytes = await stream.bytes();
      this.bytesRead = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.stream = undefined;
    }
    return this;
  }

  /** The whole body as bytes. */
  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.bytesRead) return new Uint8Array(this.bytesRead);
    if (NO_BODY.has(this.status)) return new Uint8Array(0);
    if (this.stream && !this.web) return new Uint8Array(await this.stream.bytes());
    return new Uint8Array(await this.asResponse().arrayBuffer());
  }

  /** The whole body as an ArrayBuffer. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  /** The whole body decoded as UTF-8 (a byte-order mark dropped). */
  async text(): Promise<string> {
    if (this.bytesRead) {
      const text = this.bytesRead.toString("utf8");
      // The WHATWG decoder drops a byte-order mark; so do we.
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    return new TextDecoder().decode(await this.bytes());
  }

  /** The whole body parsed as JSON; throws a SyntaxError when it is not JSON. */
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** The whole body as a Blob typed with the answer's `content-type`. */
  async blob(): Promise<Blob> {
    const type = this.headers.get("content-type") ?? "";
    return new Blob([await this.bytes()], { type });
  }

  /** The body parsed as form data. */
  async formData(): Promise<FormData> {
    return this.asResponse().formData();
  }

  /** A copy whose body can be read independently of this one's. */
  clone(): NodeResponse {
    const fields = Object.fromEntries(this.headers);
    const copy = new NodeResponse(this.status, this.statusText, fields, undefined, this.url);
    copy.bytesRead = this.bytesRead;
    if (!this.bytesRead) {
      const body = this.body;
      if (body) [copy.web, this.web] = body.tee();
      this.stream = undefined;
      copy.stream = undefined;
    }
    return copy;
  }

  /** A real WHATWG Response with this status, headers and (unread) body. */
  asResponse(): Response {
    return new Response(this.body, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers.toHeaders(),
    });
  }

  /** `"Response"`, as a WHATWG Response reports. */
  get [Symbol.toStringTag](): string {
    return "Response";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): object {
    return { status: this.status, statusText: this.statusText, url: this.url };
  }
}

// `instanceof Response` holds for users and libraries that check it; every member of
// Response.prototype is overridden above, so none of its brand-checked getters is reached.
Object.setPrototypeOf(NodeResponse.prototype, Response.prototype);
// Response.prototype has getters only for these; a build that compiles class fields to
// assignments must find a writable slot first, or the assignment throws.
for (const name of ["status", "statusText", "headers", "url", "stream", "web", "bytesRead"]) {
  Object.defineProperty(NodeResponse.prototype, name, { writable: true, configurable: true });
}
