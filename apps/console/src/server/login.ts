import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { LOGIN_PAGE_PATH, LOGIN_PATH } from "../shared/protocol.js";
import { sendConsoleError } from "./errors.js";

export const SESSION_COOKIE = "noxus_console_session";
/** Wrong tokens accepted per minute before the login answers 429: guessing stays hopeless. */
const FAILURES_PER_MINUTE = 10;

/**
 * Token login for a console reachable from other machines: the browser presents the token
 * once and gets a random session id in an HttpOnly, SameSite=Strict cookie. The token itself
 * never goes into the cookie, so a leaked cookie dies with the server process.
 */
export class TokenLogin {
  private readonly tokenDigest: Buffer;
  private readonly sessions = new Set<string>();
  private failures: number[] = [];

  constructor(token: string) {
    this.tokenDigest = digest(token);
  }

  isLoggedIn(request: FastifyRequest): boolean {
    const session = request.cookies[SESSION_COOKIE];
    return typeof session === "string" && this.sessions.has(session);
  }

  /** Compares digests in constant time, so the answer's timing says nothing about the token. */
  matches(candidate: string): boolean {
    return timingSafeEqual(digest(candidate), this.tokenDigest);
  }

  register(app: FastifyInstance): void {
    app.get(LOGIN_PAGE_PATH, { config: { label: "login-page" } }, (_request, reply) =>
      sendLoginPage(reply, 200, ""),
    );
    app.post(LOGIN_PATH, { config: { label: "login" } }, (request, reply) => {
      const fromForm = String(request.headers["content-type"] ?? "").startsWith(
        "application/x-www-form-urlencoded",
      );
      const now = Date.now();
      this.failures = this.failures.filter((at) => now - at < 60_000);
      if (this.failures.length >= FAILURES_PER_MINUTE) {
        reply.header("retry-after", "60");
        return sendConsoleError(
          reply,
          429,
          "too_many_attempts",
          "Too many wrong tokens; wait a minute before trying again.",
        );
      }
      const token = (request.body as { token?: unknown } | undefined)?.token;
      if (typeof token !== "string" || !this.matches(token)) {
        this.failures.push(now);
        return fromForm
          ? sendLoginPage(reply, 401, "That token is not the one this console was started with.")
          : sendConsoleError(
              reply,
              401,
              "invalid_token",
              "That token is not the one this console was started with.",
            );
      }
      const session = randomBytes(32).toString("base64url");
      this.sessions.add(session);
      reply.setCookie(SESSION_COOKIE, session, { httpOnly: true, sameSite: "strict", path: "/" });
      return fromForm ? reply.redirect("/", 303) : reply.send({ ok: true });
    });
  }
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

function sendLoginPage(reply: FastifyReply, status: number, error: string): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header(
      "content-security-policy",
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    )
    .send(loginPage(error));
}

function loginPage(error: string): string {
  const message = error ? `<p role="alert" class="error">${error}</p>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · Noxus console</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; background: #f6f7f9; color: #111; }
main { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; width: min(22rem, 90vw); }
label, input, button { display: block; width: 100%; box-sizing: border-box; }
input { margin: .25rem 0 1rem; padding: .5rem; font: inherit; border: 1px solid #767676; border-radius: 4px; }
button { padding: .6rem; font: inherit; background: #1d4ed8; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
input:focus-visible, button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.error { color: #b91c1c; }
</style>
</head>
<body>
<main>
<h1>Noxus console</h1>
<p>This console was started with a token. Enter it to continue.</p>
${message}
<form method="post" action="${LOGIN_PATH}">
<label for="token">Console token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
</form>
</main>
</body>
</html>
`;
}
