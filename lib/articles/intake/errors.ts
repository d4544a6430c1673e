import { englishError, type ErrorKey, type ErrorText } from "@/lib/i18n/error-text";
// Intake has its own error because each failure needs a message a reviewer can act on
// ("the file is 12.3 MB"), and the reason lets the shell pick a status or a form hint.
export type IntakeErrorReason =
  | "too_big"
  | "too_deep"
  | "empty"
  | "not_article"
  | "bad_encoding"
  | "not_found"
  | "timeout"
  | "blocked_address"
  | "bad_url"
  | "unsupported_type"
  | "fetch_failed";

/** `text` names the message in the errors catalogue (errors.intake.*); `message` is its English text. */
export class IntakeError extends Error {
  readonly text: ErrorText;
  constructor(
    readonly reason: IntakeErrorReason,
    text: ErrorKey | ErrorText,
  ) {
    const named = typeof text === "string" ? { key: text } : text;
    super(englishError(named.key, named.values));
    this.text = named;
    this.name = "IntakeError";
  }
}
