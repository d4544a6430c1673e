"use server";
import { AuthError } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { signInSchema } from "./credentials";
import { signedInSession, signIn, signOut, SignInRefused } from "./auth";
import { endSession } from "./sessions";
import { timed } from "@/lib/operations/request-context";
import { errorIn } from "@/lib/i18n/error-text-in";
import { failureLocale, fieldErrorsOf } from "@/lib/run-action";

export type SignInState = { message?: string; fieldErrors?: Record<string, string>; email?: string };

// Only same-site paths: an attacker-supplied callbackUrl must not send a user elsewhere after sign-in.
function safeCallback(raw: FormDataEntryValue | null): string {
  const path = typeof raw === "string" ? raw : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/articles";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const locale = await failureLocale();
    return {
      email,
      fieldErrors: fieldErrorsOf(parsed.error, locale),
      message: errorIn(locale, "validation.checkFields"),
    };
  }
  try {
    // "signin": all of Auth.js's sign-in, the phases above (throttle, user, verify, attempt, session) and its token
    await timed("signin", () =>
      signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) }),
    );
    return {};
  } catch (e) {
    unstable_rethrow(e);
    const locale = await failureLocale();
    if (e instanceof SignInRefused) return { email, message: errorIn(locale, e.text.key, e.text.values) };
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return {
        email,
        message: errorIn(locale, code === "rate_limited" ? "auth.signInRateLimitedSoon" : "auth.credentialsMismatch"),
      };
    }
    console.error(e);
    return { email, message: errorIn(locale, "auth.signInUnavailable") };
  }
}

// Ends the server-side session before clearing the cookie, so a copy of the cookie (another tab's, a stolen one) is
// worthless afterwards. Auth.js's signOut event does it again for its own sign-out endpoint; ending twice is harmless.
export async function signOutAction(): Promise<void> {
  const signedIn = await signedInSession();
  if (signedIn) await endSession(signedIn.sessionId);
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
