// One typed error for the domain; shells (actions, route handlers) translate it to a result or an HTTP status.
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400, CONFLICT: 409, RATE_LIMITED: 429, UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(readonly code: AppErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string>; details?: Record<string, unknown> };

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "P1001", "P1017", "P2024"]);
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; message?: string };
  return CONNECTION_CODES.has(err?.code ?? "") || CONNECTION_CODES.has(err?.cause?.code ?? "")
    || /Connection terminated|connect ECONNREFUSED|Can't reach database/i.test(err?.message ?? "");
}

// Maps anything thrown to a stable, safe result: never a stack trace, never internal details.
export function toActionFailure(e: unknown): Extract<ActionResult, { ok: false }> {
  if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details };
  if (isDatabaseUnavailable(e)) return { ok: false, code: "UNAVAILABLE", message: "The database is not reachable right now. Your input is kept; try again in a moment." };
  console.error(e);
  return { ok: false, code: "UNAVAILABLE", message: "Something went wrong on the server. Your input is kept; try again." };
}
