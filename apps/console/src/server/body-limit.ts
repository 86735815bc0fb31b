import { Transform, type TransformCallback } from "node:stream";

/** Thrown (as a stream error) when a request body goes past the console's limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than the console forwards (${limit} bytes).`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * Passes a body through chunk by chunk and fails it once it exceeds `limit` bytes. Needed for
 * chunked uploads, which announce no Content-Length; the body is never held whole.
 */
export function limitBody(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) callback(new BodyTooLargeError(limit));
      else callback(null, chunk);
    },
  });
}
