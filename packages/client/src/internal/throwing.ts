import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import { apiErrorFromResponse } from "../errors.js";
import { METHODS } from "../transport/markers.js";

// openapi-fetch's InitParam is not exported; this mirrors it so that the second argument
// stays optional exactly when the operation has no required parameters or body.
/** @internal */
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/** A successful openapi-fetch result: the error member of the union removed. */
export type SuccessResult<R> = Exclude<R, { error: unknown }>;

/** @internal */
// biome-ignore lint/complexity/noBannedTypes: the same constraint openapi-fetch puts on Paths
type PathsShape = Record<string, Record<HttpMethod, {}>>;

/**
 * One HTTP method of a {@link ThrowingClient}: takes the path template and its init
 * (params, body, headers), resolves with `{ data, response }` on 2xx and throws a
 * NoxusApiError otherwise.
 */
export type ThrowingClientMethod<
  Paths extends PathsShape,
  Method extends HttpMethod,
  Media extends MediaType,
> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<SuccessResult<FetchResponse<Paths[Path][Method], Init, Media>>>;

/** The same client as openapi-fetch's, but calls resolve only on 2xx and throw otherwise. */
export interface ThrowingClient<Paths extends {}, Media extends MediaType = MediaType>
  extends Pick<Client<Paths, Media>, "use" | "eject"> {
  GET: ThrowingClientMethod<Paths & PathsShape, "get", Media>;
  PUT: ThrowingClientMethod<Paths & PathsShape, "put", Media>;
  POST: ThrowingClientMethod<Paths & PathsShape, "post", Media>;
  DELETE: ThrowingClientMethod<Paths & PathsShape, "delete", Media>;
  OPTIONS: ThrowingClientMethod<Paths & PathsShape, "options", Media>;
  HEAD: ThrowingClientMethod<Paths & PathsShape, "head", Media>;
  PATCH: ThrowingClientMethod<Paths & PathsShape, "patch", Media>;
  TRACE: ThrowingClientMethod<Paths & PathsShape, "trace", Media>;
}

type AnyCall = (url: string, init?: object) => Promise<{ error?: unknown; response: Response }>;

/**
 * Wraps each method so a non-2xx answer throws. The wrapper sees the path *template*
 * the caller passed, which is what the error reports (never the expanded URL).
 */
export function makeThrowing<Paths extends {}>(client: Client<Paths>): ThrowingClient<Paths> {
  const wrapped: Record<string, unknown> = {
    use: client.use.bind(client),
    eject: client.eject.bind(client),
  };
  for (const method of METHODS) {
    const call = client[method] as unknown as AnyCall;
    wrapped[method] = async (url: string, init?: object) => {
      const result = await call(url, init);
      if (!result.response.ok) {
        throw apiErrorFromResponse(result.response, result.error, { method, path: url });
      }
      return result;
    };
  }
  return wrapped as unknown as ThrowingClient<Paths>;
}
