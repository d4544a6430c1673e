import { englishError, type ErrorKey, type ErrorText, type ErrorValues } from "@/lib/i18n/error-text";

// One typed error for the domain; shells (actions, route handlers) translate it to a result or an HTTP status.
export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/**
 * Text that is not (yet) in the errors catalogue and reaches everyone as it is: a problem found inside an imported
 * document (lib/export/report-model.ts) names the document's own fields. Nothing a member types in a form.
 */
export type Untranslated = { untranslated: string };

export function statusOf(code: AppErrorCode): number {
  return STATUS[code];
}

/**
 * A refusal with a stable code and a message from the errors catalogue: `key` and `values` name it, `message` is its
 * English text (logs, API responses); runAction renders the same key in the member's language.
 * `new AppError("NOT_FOUND", "common.articleNotFound")`,
 * `new AppError("CONFLICT", errorText("scales.nameTaken", { name }))`.
 */
export class AppError extends Error {
  readonly key?: ErrorKey;
  readonly values?: ErrorValues;
  constructor(
    readonly code: AppErrorCode,
    text: ErrorKey | ErrorText | Untranslated,
    readonly details?: Record<string, unknown>,
  ) {
    const { key, values } =
      typeof text === "string" ? { key: text, values: undefined } : "key" in text ? text : { key: undefined };
    super(key ? englishError(key, values) : (text as Untranslated).untranslated);
    this.key = key;
    this.values = values;
    this.name = "AppError";
  }
  /** The key and values, to carry the same message on (another field, another thread); none for untranslated text. */
  get text(): ErrorText | undefined {
    return this.key ? { key: this.key, values: this.values } : undefined;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode;
      message: string;
      fieldErrors?: Record<string, string>;
      details?: Record<string, unknown>;
    };

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

// Connection-level failures: the database is down, restarting, unreachable, or too busy to hand out a connection
// or start a transaction in time (P2024, P2028: nothing was written, so trying again is safe).
// They reach us as pg errors, as Prisma errors (P1001...), or as Prisma errors wrapping the adapter's error kind.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
]);
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database|timeout exceeded when trying to connect|Query read timeout|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Server has closed the connection|encountered a connection error and is not queryable/i;

type ErrorShape = {
  code?: string;
  message?: string;
  cause?: ErrorShape & { kind?: string; originalCode?: string };
  meta?: { driverAdapterError?: ErrorShape };
};

export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as ErrorShape | null | undefined;
  if (!err || typeof err !== "object") return false;
  const adapter = err.meta?.driverAdapterError?.cause ?? err.cause;
  return (
    CONNECTION_CODES.has(err.code ?? "") ||
    CONNECTION_CODES.has(adapter?.code ?? "") ||
    CONNECTION_CODES.has(adapter?.originalCode ?? "") ||
    CONNECTION_KINDS.has(adapter?.kind ?? "") ||
    CONNECTION_MESSAGES.test(err.message ?? "") ||
    CONNECTION_MESSAGES.test(adapter?.message ?? "")
  );
}

// PostgreSQL refuses text it cannot store: a NUL byte (22021 invalid byte sequence) or a \u0000 in JSON (22P05).
// Every schema refuses these first (lib/validation/text.ts); this keeps whatever slips past a 400, never a 503.
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);
const UNSTORABLE_TEXT_MESSAGES =
  /invalid byte sequence for encoding|unsupported Unicode escape sequence|\\u0000 cannot be converted to text/i;

export function isUnstorableText(e: unknown): boolean {
  const err = e as ErrorShape | null | undefined;
  if (!err || typeof err !== "object") return false;
  const adapter = err.meta?.driverAdapterError?.cause ?? err.cause;
  return (
    UNSTORABLE_TEXT_CODES.has(err.code ?? "") ||
    UNSTORABLE_TEXT_CODES.has(adapter?.originalCode ?? "") ||
    UNSTORABLE_TEXT_CODES.has(adapter?.code ?? "") ||
    UNSTORABLE_TEXT_MESSAGES.test(err.message ?? "") ||
    UNSTORABLE_TEXT_MESSAGES.test(adapter?.message ?? "")
  );
}

/** What every surface says while the database is away: HTML page, JSON problem, server-action result. */
export const DATABASE_UNAVAILABLE_MESSAGE = englishError("server.databaseUnavailable");

/** Renders an error message; English unless the caller (runAction) passes the member's language. */
export type RenderError = (key: ErrorKey, values?: ErrorValues) => string;

// Maps anything thrown to a stable, safe result: never a stack trace, never internal details.
export function toActionFailure(e: unknown, render: RenderError = englishError): Extract<ActionResult, { ok: false }> {
  if (e instanceof AppError)
    return { ok: false, code: e.code, message: e.key ? render(e.key, e.values) : e.message, details: e.details };
  if (isDatabaseUnavailable(e))
    return { ok: false, code: "UNAVAILABLE", message: render("server.databaseUnavailable") };
  if (isUnstorableText(e)) return { ok: false, code: "INVALID", message: render("server.unstorableText") };
  console.error(e);
  return { ok: false, code: "UNAVAILABLE", message: render("server.unexpected") };
}

/** Where a zod issue points, as a reader would write it: `claims[0].verdict.rationale`, or `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}
