import type { FastifyInstance } from "fastify";
import {
  CONSOLE_HEADER,
  CONSOLE_HEADER_VALUE,
  LOGIN_PAGE_PATH,
  LOGIN_PATH,
} from "../shared/protocol.js";
import { sendConsoleError } from "./errors.js";
import type { TokenLogin } from "./login.js";
import { hasConsoleHeader, isSameOrigin, isStateChanging } from "./same-origin.js";

export interface GuardOptions {
  /** Present when the console needs a token; absent on a loopback-only console. */
  login: TokenLogin | undefined;
  /** Host header values a loopback console answers to (see allowedHosts). */
  allowedHosts: ReadonlySet<string>;
}

/** The names a loopback console on `port` is reached by. */
export function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * Every request passes these checks before any route runs, in this order:
 * 1. Without a token, the Host must be a loopback name: a web page on another site that
 *    re-points its own domain at 127.0.0.1 (DNS rebinding) would otherwise read the API.
 * 2. With a token, nothing but the login page answers until the browser has logged in.
 * 3. A state-changing request must come from the console's own origin and carry the
 *    console header (CSRF); the login form is exempt from the header (HTML forms cannot set
 *    headers) but not from the origin check.
 */
export function registerGuards(app: FastifyInstance, { login, allowedHosts }: GuardOptions): void {
  app.addHook("onRequest", async (request, reply) => {
    // On every answer, pages and errors alike: no MIME sniffing, no framing (clickjacking),
    // no full URLs leaked in Referer.
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    const path = request.url.split("?")[0] ?? "/";
    const isApi = path.startsWith("/api/");

    if (!login && !allowedHosts.has(String(request.headers.host ?? "").toLowerCase())) {
      return sendConsoleError(
        reply,
        403,
        "host_not_allowed",
        "This console answers only to http://127.0.0.1 or http://localhost on its port.",
      );
    }

    const isLogin =
      (path === LOGIN_PAGE_PATH && request.method === "GET") ||
      (path === LOGIN_PATH && request.method === "POST");
    if (login && !isLogin && !login.isLoggedIn(request)) {
      if (isApi) {
        return sendConsoleError(
          reply,
          401,
          "login_required",
          "Log in to this console first.",
          `Open ${LOGIN_PAGE_PATH} and enter the console token.`,
        );
      }
      return reply.redirect(LOGIN_PAGE_PATH, 303);
    }

    if (isStateChanging(request.method)) {
      const headerNeeded = !(path === LOGIN_PATH);
      if (!isSameOrigin(request.headers) || (headerNeeded && !hasConsoleHeader(request.headers))) {
        return sendConsoleError(
          reply,
          403,
          "csrf_rejected",
          "Refused: a state-changing request must come from the console's own page.",
          `Send it same-origin (Origin or Sec-Fetch-Site) with the header ${CONSOLE_HEADER}: ${CONSOLE_HEADER_VALUE}.`,
        );
      }
    }
    return undefined;
  });
}
