import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { type ActionResult, toActionFailure } from "@/lib/errors";

export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "form"] ??= issue.message;
  return fields;
}

// The one wrapper every server action uses: the domain throws AppError or ZodError, the client gets a stable result.
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    unstable_rethrow(e); // redirects and notFound() are control flow, not failures
    if (e instanceof ZodError) {
      const fieldErrors = fieldErrorsOf(e);
      return {
        ok: false,
        code: "INVALID",
        message: Object.values(fieldErrors)[0] ?? "Check the highlighted fields.",
        fieldErrors,
      };
    }
    return toActionFailure(e);
  }
}
