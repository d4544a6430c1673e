import "server-only";
import { encode } from "next-auth/jwt";
import { findAccountForSignIn } from "./credentials";
import { finishThrottledAttempt, readRecentAttempts } from "./attempts";
import { prepareVerificationDummy } from "./passwords";
import { clearStaleSessions, findSessionViewer } from "./sessions";

// The first sign-in after the server starts took 1.6 to 2.6 s against about 0.3 s for later ones (`npm run
// bench:signin`): every statement's first run (Prisma plans each query shape once, the pool opens its connections),
// argon2's first hash (the dummy one for unknown accounts) and Auth.js's first token were all paid by that person.
// Paid here instead, once at start (instrumentation.ts), by the same code with values that match no row: nothing is
// written, nobody is signed in. The two inserts (the attempt row, the session row) are left for the first sign-in.
const NOBODY = "warm-up@invalid";
const NO_ADDRESS = "0.0.0.0/warm-up";

export async function warmUpSignIn(): Promise<void> {
  const now = Date.now();
  await Promise.all([
    prepareVerificationDummy(),
    findAccountForSignIn(NOBODY),
    readRecentAttempts("sign-in", NOBODY, NO_ADDRESS, new Date(now), ""),
    finishThrottledAttempt("", { succeeded: true }),
    clearStaleSessions("", now),
    findSessionViewer(""),
    process.env.AUTH_SECRET
      ? encode({ token: { sub: NOBODY }, secret: process.env.AUTH_SECRET, salt: "authjs.session-token" })
      : null,
  ]);
}
