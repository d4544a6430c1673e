import type { NextAuthConfig } from "next-auth";

// The part of the Auth.js configuration that the proxy needs too: no database, no password hashing.
// Idle limit: 12 h without a request ends a session (a working day; sign in again the next morning). Absolute limit:
// 24 h after sign-in a session ends however busy it is, so a stolen cookie cannot be kept alive. Both are checked on
// the server (lib/auth/sessions.ts); the cookie's own expiry slides with the idle limit.
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
export const SESSION_IDLE_MAX_AGE_MS = SESSION_MAX_AGE_S * 1000;
export const SESSION_ABSOLUTE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const authConfig = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // at sign-in only: the user and the server-side session lib/auth/auth.ts started for them
      if (user?.id) {
        token.uid = user.id;
        const sessionId = (user as { sessionId?: unknown }).sessionId;
        if (typeof sessionId === "string") token.sid = sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
} satisfies NextAuthConfig;

// Pages a visitor without a session may open. Everything else sends them to sign-in; the data layer still checks
// every request on its own (the proxy is a convenience, not the check).
const PUBLIC_SECTIONS = [
  "/signin",
  "/r",
  "/reader",
  "/embed",
  "/api/auth",
  "/api/public",
  "/api/annotations",
  "/api/health",
  "/api/ready",
  "/feeds",
  // reached from a one-time link before the person has an account or a session (the token is the permission)
  "/setup",
  "/invite",
  "/forgot-password",
  "/reset-password",
];

export function isPublicPath(pathname: string): boolean {
  if (pathname === "/") return true; // the site's home page lists published fact-checks (app/page.tsx)
  return PUBLIC_SECTIONS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
