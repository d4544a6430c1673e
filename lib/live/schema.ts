import { z } from "zod";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

// A browser tab's random id (crypto.randomUUID() in use-live-article.ts); it only tells one tab's rows from another's.
export const tabIdSchema = text({ error: errorKey("live.tabMissing") }).regex(
  /^[A-Za-z0-9_-]{8,64}$/,
  errorKey("live.tabFormat"),
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
