import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { timed } from "@/lib/operations/request-context";
import { authConfig } from "./config";
import { checkCredentials, clientAddress, signInSchema } from "./credentials";
import { endSession, isSessionOpen, startSession } from "./sessions";
import { issueText } from "@/lib/validation/issue-text";
import { englishError, errorText, type ErrorText } from "@/lib/i18n/error-text";

export class SignInRefused extends CredentialsSignin {
  /** The refusal as the sign-in form words it (English here; the form renders the key in the visitor's language). */
  readonly userMessage: string;
  constructor(
    code: string,
    readonly text: ErrorText,
  ) {
    const userMessage = englishError(text.key, text.values);
    super(userMessage);
    this.userMessage = userMessage;
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success)
          throw new SignInRefused(
            "invalid_input",
            issueText(parsed.error.issues[0]) ?? errorText("validation.invalid"),
          );
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason, result.text);
        return { ...result.user, sessionId: await timed("session", () => startSession(result.user.id)) };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Auth.js's own session endpoint (/api/auth/session) and auth() ask here too: a session ended on the server
    // answers "signed out" there as well (null also clears the cookie), not only in getViewer(). The proxy keeps
    // the database-free check of lib/auth/config.ts.
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user) return token;
      return (await isSessionOpen(token.sid, token.uid)) ? token : null;
    },
  },
  events: {
    // Auth.js's own sign-out endpoint and signOut() both end the server-side session, not only the cookie
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endSession(sessionId);
    },
  },
});

// The two names Auth.js gives the session cookie: with the __Secure- prefix behind https, without it on plain http.
// A browser accepts a __Secure- cookie only over https, so whichever is present is the one Auth.js set.
const SESSION_COOKIE = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

export type SignedInSession = { userId: string; sessionId: string };

/**
 * The user and server-side session the session cookie of this request names, or null. The same check Auth.js's
 * auth() makes (the encrypted token, decrypted with AUTH_SECRET, signature and expiry checked), without building the
 * whole session response that auth() also makes and that a server component cannot send anyway; that cost every
 * desk request over a millisecond of the server's JavaScript thread. Only the cookie header is passed on: a bearer
 * token is never taken for a session. Whether the session is still open is getViewer()'s database read; a cookie
 * from before server-side sessions (no session id) names none.
 */
export async function signedInSession(): Promise<SignedInSession | null> {
  const cookie = (await headers()).get("cookie");
  const secret = process.env.AUTH_SECRET;
  if (!cookie || !secret) return null;
  const secureCookie = cookie.includes(SESSION_COOKIE.secure);
  const token = await getToken({
    req: { headers: { cookie } },
    secret,
    secureCookie,
    cookieName: secureCookie ? SESSION_COOKIE.secure : SESSION_COOKIE.plain,
  });
  return typeof token?.uid === "string" && typeof token.sid === "string"
    ? { userId: token.uid, sessionId: token.sid }
    : null;
}
