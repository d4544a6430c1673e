import { ZodError } from "zod";
import { AppError, toActionFailure } from "@/lib/errors";
import { formatIssuePath } from "@/lib/export/report-model";

// Route handlers answer every failure with a small JSON body and the AppError's status: never a stack trace.

export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A query-string ZodError as 400 INVALID naming the first bad parameter (the message already says which). */
export function invalidQuery(error: ZodError): Response {
  const [issue] = error.issues;
  const parameter = formatIssuePath(issue?.path ?? []);
  return jsonError(400, "INVALID", issue?.message ?? `${parameter} is invalid`, { parameter });
}

export function toErrorResponse(e: unknown): Response {
  if (e instanceof ZodError) return invalidQuery(e);
  const failure = toActionFailure(e);
  const status = e instanceof AppError ? e.status : new AppError(failure.code, failure.message).status;
  const path = e instanceof AppError && typeof e.details?.path === "string" ? { path: e.details.path } : {};
  return jsonError(status, failure.code, failure.message, path);
}
