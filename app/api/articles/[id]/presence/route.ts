import { requireViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { recordPresence, removePresence } from "@/lib/live/presence";
import { presenceBodySchema } from "@/lib/live/schema";
import { assertSameOriginRequest } from "@/lib/security/assert-same-origin";

export const dynamic = "force-dynamic";

// POST /api/articles/:id/presence {tabId, leaving?} — an open tab's heartbeat every 10 s; `leaving: true` (sent with
// navigator.sendBeacon when the tab closes) removes it at once. JSON only: a cross-site form cannot send it.
export const POST = route<{ id: string }>(async (request, { params }) => {
  assertSameOriginRequest(request);
  const viewer = await requireViewer();
  const { id } = await params;
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    throw new AppError("INVALID", "live.heartbeatNotJson");
  }
  const body = presenceBodySchema.parse(await request.json().catch(() => ({})));
  if (body.leaving) await removePresence(viewer, id, body.tabId);
  else await recordPresence(viewer, id, body.tabId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
