/**
 * The contract between the console's Node server and its browser app. Both sides import
 * this file; it holds constants and types only (no `node:` imports, no runtime deps), so
 * it is safe in the browser bundle.
 *
 * ## Calling the Noxus API
 * The app calls `@noxus/client` with `baseUrl: API_PREFIX` ("/api/noxus") and NO key: a
 * request to `/api/noxus/v1/workflows` is forwarded to `<backend>/v1/workflows`, and the
 * server adds `X-API-Key` itself. Only the operations in the server's allowlist
 * (src/server/allowed-operations.ts, by operationId) are forwarded; any other path/method
 * answers 403 with a {@link ConsoleErrorBody}, admin ones unless started with --allow-admin.
 *
 * ## Host names
 * A console without a token answers only to `127.0.0.1`, `localhost` and `[::1]` on its port
 * (403 `host_not_allowed` otherwise: DNS rebinding). A dev server proxying `/api` to it must
 * rewrite the Host header (Vite: `changeOrigin: true`).
 *
 * ## The header every request must carry
 * Every request the app sends to `/api/*` (GET included, simplest rule for the app) carries
 * `CONSOLE_HEADER: CONSOLE_HEADER_VALUE` (`x-noxus-console: 1`). The server requires it on
 * every state-changing request (POST, PUT, PATCH, DELETE), together with a same-origin
 * `Origin` / `Sec-Fetch-Site`; otherwise 403 `csrf_rejected`. A cross-site page cannot set
 * a custom header without a CORS preflight, which the server never grants.
 * With openapi-fetch: `createNoxusClient({ baseUrl: API_PREFIX, headers: { [CONSOLE_HEADER]:
 * CONSOLE_HEADER_VALUE } })` (or whatever option the client offers for default headers).
 * EventSource cannot set headers, but SSE streams are GETs, which do not need it.
 *
 * ## Console endpoints (not part of the Noxus API)
 * - `GET  /api/console/session`   → {@link ConsoleSession}: which workspace the console acts
 *   in (or that none is configured), and the saved profiles for a workspace switcher.
 * - `POST /api/console/workspace` with JSON {@link SwitchWorkspaceRequest} → the new
 *   {@link ConsoleSession}. Later `/api/noxus/*` calls go to that profile's backend with
 *   its key. 404 `unknown_profile` for a name that is not saved.
 * - `GET  /login` (server-rendered page) and `POST /api/console/login` (form field `token`
 *   or JSON {@link LoginRequest}): only when the console was started with a token. Until
 *   the browser logged in, every page redirects to `/login` and every `/api/*` call answers
 *   401 `login_required`.
 *
 * ## Errors
 * Errors the console server makes itself answer {@link ConsoleErrorBody}: `detail` is a
 * readable sentence (the same field the Noxus API uses for its own errors, so the app can
 * show `body.detail` for both), `code` tells which rule refused the request.
 * Errors from the backend pass through unchanged (`{detail: string}` or 422
 * `{detail: [{loc, msg, type}]}`).
 */

/** The same-origin prefix the app uses as the Noxus client's base URL. */
export const API_PREFIX = "/api/noxus";

/** Endpoints that belong to the console server itself. */
export const CONSOLE_API_PREFIX = "/api/console";
export const SESSION_PATH = "/api/console/session";
export const SWITCH_WORKSPACE_PATH = "/api/console/workspace";
export const LOGIN_PATH = "/api/console/login";
/** The server-rendered login page, shown only when the console requires a token. */
export const LOGIN_PAGE_PATH = "/login";

/** The custom header the app sends on every `/api/*` request (CSRF defence). */
export const CONSOLE_HEADER = "x-noxus-console";
export const CONSOLE_HEADER_VALUE = "1";

/** Why the console server refused or failed a request. */
export type ConsoleErrorCode =
  /** 403: the operation is not one the console forwards. */
  | "operation_not_allowed"
  /** 403: an admin operation, and the console was not started with --allow-admin. */
  | "admin_not_allowed"
  /** 403: a state-changing request that is cross-site or lacks the console header. */
  | "csrf_rejected"
  /** 403: the Host header is not a loopback name (a console without a token answers only to those). */
  | "host_not_allowed"
  /** 401: the console requires a token and this browser has not logged in. */
  | "login_required"
  /** 401: the token given to the login endpoint is wrong. */
  | "invalid_token"
  /** 429: too many wrong tokens in the last minute; `Retry-After` says when to try again. */
  | "too_many_attempts"
  /** 503: no API key is configured; `hint` says how to log in (`noxus login`). */
  | "no_workspace"
  /** 404: the profile named in a workspace switch is not saved. */
  | "unknown_profile"
  /** 400: a console endpoint got a body it cannot use. */
  | "bad_request"
  /** 413: the request body is larger than the console forwards. */
  | "body_too_large"
  /** 502: the backend could not be reached (the app shows a banner with a retry). */
  | "upstream_unreachable"
  /** 404: no such console endpoint. */
  | "not_found"
  /** 500: the console itself failed (a bug); the request may be retried. */
  | "internal_error";

/** The JSON body of every error the console server answers itself. */
export interface ConsoleErrorBody {
  /** A readable sentence saying what went wrong. */
  detail: string;
  code: ConsoleErrorCode;
  /** What to do about it, when there is something to do. */
  hint?: string;
}

/** A saved profile, as offered by the workspace switcher. No key in it. */
export interface ConsoleProfile {
  name: string;
  workspaceId: string | null;
  workspaceName: string | null;
  baseUrl: string;
  /** Whether the console currently acts through this profile. */
  active: boolean;
}

/** `GET /api/console/session`. */
export interface ConsoleSession {
  /** Whether the console has an API key to act with. When false, show how to log in. */
  configured: boolean;
  /** Where the key came from: the serve flags, NOXUS_API_KEY, or a saved profile. */
  source: "option" | "env" | "profile" | null;
  /** The saved profile in use, when the key came from one. */
  profile: string | null;
  workspaceId: string | null;
  workspaceName: string | null;
  /** The API key masked (e.g. "nx_…abcd"); never the key. */
  maskedKey: string | null;
  /** The backend the console forwards to. */
  baseUrl: string | null;
  /** Whether the key is tenant-admin (from GET /v1/admin/me); null when unknown. */
  tenantAdmin: boolean | null;
  /** Whether admin operations are forwarded (the console was started with --allow-admin). */
  allowAdmin: boolean;
  /** Saved profiles, for a workspace switcher (empty when none are saved). */
  profiles: ConsoleProfile[];
  /** When not configured: what to run to configure it, e.g. "noxus login". */
  hint: string | null;
}

/** `POST /api/console/workspace`. */
export interface SwitchWorkspaceRequest {
  profile: string;
}

/** `POST /api/console/login` (JSON form; the login page posts a form field `token`). */
export interface LoginRequest {
  token: string;
}
