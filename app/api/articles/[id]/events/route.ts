import { requireViewer } from "@/lib/auth/viewer";
import { route } from "@/lib/http/route";
import { openArticleEventStream } from "@/lib/live/event-stream";
import { recordPresence } from "@/lib/live/presence";
import { eventsQuerySchema, parseLastEventId } from "@/lib/live/schema";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// GET /api/articles/:id/events?tab=<tab id> — Server-Sent Events for one article: `change` (someone else's change),
// `presence` (who else has it open), comment keep-alives. Opening the stream counts as the tab joining.
export const GET = route<{ id: string }>(async (request, { params }) => {
  const viewer = await requireViewer();
  const { id } = await params;
  const { tab } = eventsQuerySchema.parse({ tab: new URL(request.url).searchParams.get("tab") ?? undefined });
  await recordPresence(viewer, id, tab); // NOT_FOUND unless the article is in the viewer's organization
  const stream = openArticleEventStream({
    viewer,
    articleId: id,
    tabId: tab,
    lastEventId: parseLastEventId(request.headers.get("last-event-id")),
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps `next start`'s gzip from buffering events
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
