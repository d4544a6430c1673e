import type { z } from "zod";
import { englishError, isErrorKey, type ErrorKey, type ErrorText, type ErrorValues } from "@/lib/i18n/error-text";

// A zod issue as a key of the errors catalogue. Our schemas name an error key (`error: errorKey("claims.selectionEmpty")`,
// or a custom issue with the key as message and its values as `params`); zod's own messages for the generic cases
// (too long, required, not a valid format …) become the generic messages of errors.validation, with the limit as
// value. English only here (no other language's catalogue), so modules the browser loads may use it;
// lib/validation/issue-message.ts renders an issue in any language.

type Issue = z.core.$ZodIssue;

// zod's built-in English messages (node_modules/zod/v4/locales/en.js) all start like this; ours are keys.
const ZOD_DEFAULT = /^(Invalid|Too big|Too small|Unrecognized key)/;

function limitOf(issue: Issue): number | undefined {
  if (issue.code === "too_big") return Number(issue.maximum);
  if (issue.code === "too_small") return Number(issue.minimum);
  return undefined;
}

function genericKey(issue: Issue): ErrorKey {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string"
        ? "validation.tooLong"
        : issue.origin === "array" || issue.origin === "set"
          ? "validation.tooMany"
          : "validation.tooBig";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "validation.required" : "validation.tooShort";
      if (issue.origin === "array" || issue.origin === "set") return "validation.tooFew";
      return "validation.tooSmall";
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid";
    case "invalid_value":
      return issue.input === undefined || issue.input === "" ? "validation.required" : "validation.notAnOption";
    case "invalid_format":
      return "validation.invalidFormat";
    case "unrecognized_keys":
      return "validation.unrecognizedKeys";
    default:
      return "validation.invalid";
  }
}

function valuesOf(issue: Issue): ErrorValues {
  const values: ErrorValues = {};
  if (issue.code === "custom" && issue.params) Object.assign(values, issue.params);
  const limit = limitOf(issue);
  if (limit !== undefined && Number.isFinite(limit)) values.limit = limit;
  return values;
}

/** The issue as a key of the errors catalogue with its values; null for a message that is not ours nor zod's. */
export function issueText(issue: Issue): ErrorText | null {
  if (isErrorKey(issue.message)) return { key: issue.message, values: valuesOf(issue) };
  if (ZOD_DEFAULT.test(issue.message)) return { key: genericKey(issue), values: valuesOf(issue) };
  return null;
}

/** The issue's English text (English-only callers: list notices, logs). */
export function issueEnglish(issue: Issue): string {
  const text = issueText(issue);
  return text ? englishError(text.key, text.values) : issue.message;
}
