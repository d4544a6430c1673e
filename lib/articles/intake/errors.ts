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

export class IntakeError extends Error {
  constructor(
    readonly reason: IntakeErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "IntakeError";
  }
}
