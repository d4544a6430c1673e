import { AppError, type AppErrorCode } from "@/lib/errors";
import type { ErrorText } from "@/lib/i18n/error-text";

// What a worker job hands back across the thread boundary. Structured clone keeps an Error's message but drops
// its own fields (an AppError's code and details), so jobs return a domain failure as a value instead of throwing.

export type JobOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: AppErrorCode; message: string; text?: ErrorText; details?: Record<string, unknown> };

/** Runs a job body in the worker; an AppError becomes a failure value, anything else stays an exception. */
export async function settleJob<T>(body: () => T | Promise<T>): Promise<JobOutcome<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (e) {
    if (e instanceof AppError) {
      const text = e.key ? { key: e.key, values: e.values } : undefined;
      return { ok: false, code: e.code, message: e.message, text, details: e.details };
    }
    throw e;
  }
}

/** Back on the calling thread: the value, or the same AppError the job threw. */
export function unwrapJob<T>(outcome: JobOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new AppError(outcome.code, outcome.text ?? { untranslated: outcome.message }, outcome.details);
}
