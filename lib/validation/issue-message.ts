import type { z } from "zod";
import { errorIn } from "@/lib/i18n/error-text-in";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { issueText } from "./issue-text";

export { issueText } from "./issue-text";

/** The issue's message in `locale`: its key rendered with its values, zod's generic text translated. */
export function issueMessage(issue: z.core.$ZodIssue, locale: InterfaceLocale = "en"): string {
  const text = issueText(issue);
  return text ? errorIn(locale, text.key, text.values) : issue.message;
}
