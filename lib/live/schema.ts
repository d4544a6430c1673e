import { z } from "zod";
import { text } from "@/lib/validation/text";

// A browser tab's random id (crypto.randomUUID() in use-live-article.ts); it only tells one tab's rows from another's.
export const tabIdSchema = text({ error: "tab is required" }).regex(
  /^[A-Za-z0-9_-]{8,64}$/,
  "tab must be 8 to 64 letters, digits, - or _",
);

export const eventsQuerySchema = z.object({ tab: tabIdSchema });

export const presenceBodySchema = z.object({
  tabId: tabIdSchema,
  leaving: z.boolean().optional().default(false),
});

// EventSource sends back the last `id:` it saw; anything else is ignored rather than refused.
export function parseLastEventId(header: string | null): string | null {
  return header && /^[A-Za-z0-9_-]{1,64}$/.test(header) ? header : null;
}
