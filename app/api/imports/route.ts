import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { respondWithImport } from "@/lib/reports/import-request";
import { assertSameOriginRequest } from "@/lib/security/assert-same-origin";

export const dynamic = "force-dynamic";

// POST /api/imports (multipart: file, title, text) — a review export or W3C annotations as a new draft article.
// Answers with the import's progress as JSON lines (lib/reports/import-events.ts); closing the request cancels it.
export const POST = route(async (request) => {
  assertSameOriginRequest(request);
  const viewer = await requirePermission("article.create");
  if (!can(viewer.role, "claim.create")) throw new AppError("FORBIDDEN", "auth.cannotCreateClaims");
  return respondWithImport(viewer, request);
});
