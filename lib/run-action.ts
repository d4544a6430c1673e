import "server-only";
import { unstable_rethrow } from "next/navigation";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { ZodError } from "zod";
import { type ActionResult, type RenderError, toActionFailure } from "@/lib/errors";
import type { ErrorKey, ErrorValues } from "@/lib/i18n/error-text";
import { errorIn } from "@/lib/i18n/error-text-in";
import {
  DEFAULT_LOCALE,
  isInterfaceLocale,
  LOCALE_COOKIE,
  negotiateLocale,
  type InterfaceLocale,
} from "@/lib/i18n/locales";
import { issueMessage } from "@/lib/validation/issue-message";

/** Each field's first problem, in `locale` (English unless the caller passes the member's language). */
export function fieldErrorsOf(error: ZodError, locale: InterfaceLocale = DEFAULT_LOCALE): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "form"] ??= issueMessage(issue, locale);
  return fields;
}

/**
 * The language a failure is told in: the request's (next-intl's request config: the member's choice, their cookie,
 * their browser). When the member's choice cannot be read (the database that would say who is signed in is the
 * thing that failed), their cookie's or browser's; English when there is no request at all (a script).
 */
export async function failureLocale(): Promise<InterfaceLocale> {
  try {
    const locale = await getLocale();
    if (isInterfaceLocale(locale)) return locale;
  } catch {
    // fall through to what the request itself says
  }
  try {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isInterfaceLocale(chosen)) return chosen;
    return negotiateLocale((await headers()).get("accept-language"));
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Renders error messages in the request's language: for results that list refusals (bulk actions). */
export async function requestErrorRenderer(): Promise<RenderError> {
  const locale = await failureLocale();
  return (key, values) => errorIn(locale, key, values);
}

// The one wrapper every server action uses: the domain throws AppError or ZodError, the client gets a stable result
// whose message is in the member's language (the key and values the error names, from the errors catalogue).
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    unstable_rethrow(e); // redirects and notFound() are control flow, not failures
    const locale = await failureLocale();
    if (e instanceof ZodError) {
      const fieldErrors = fieldErrorsOf(e, locale);
      return {
        ok: false,
        code: "INVALID",
        message: Object.values(fieldErrors)[0] ?? errorIn(locale, "validation.checkFields"),
        fieldErrors,
      };
    }
    return toActionFailure(e, (key: ErrorKey, values?: ErrorValues) => errorIn(locale, key, values));
  }
}
