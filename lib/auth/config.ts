import type { NextAuthConfig } from "next-auth";

// The part of the Auth.js configuration that the proxy needs too: no database, no password hashing.
export const SESSION_MAX_AGE_S = 12 * 60 * 60; // a working day; sign in again the next morning

export const authConfig = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
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
const PUBLIC_SECTIONS = ["/signin", "/r", "/reader", "/embed", "/api/auth", "/api/public", "/api/annotations", "/api/health", "/feeds",
  // reached from a one-time link before the person has an account or a session (the token is the permission)
  "/setup", "/invite", "/forgot-password", "/reset-password"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_SECTIONS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
