// The browser event an article page dispatches for each colleague's change it hears of (components listen to it).
export const LIVE_CHANGE_EVENT = "factdesk:live-change";

// What the SSE stream sends for one audit row. `actorId` stays on the server: it only decides who gets the event.
export type ChangeEvent = {
  eventId: string;
  action: string;
  claimId: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
};
export type ChangeMessage = Omit<ChangeEvent, "actorId">;

export type AuditRowForChange = {
  id: string;
  action: string;
  claimId: string | null;
  actorId: string | null;
  createdAt: Date;
  actor: { name: string } | null;
};

export function toChangeEvent(row: AuditRowForChange): ChangeEvent {
  return {
    eventId: row.id,
    action: row.action,
    claimId: row.claimId,
    actorId: row.actorId,
    actorName: row.actor?.name ?? null,
    at: row.createdAt.toISOString(),
  };
}

// A viewer's own changes are already on their screen; only everyone else's (and the API's, actorId null) are news.
export function isNewsFor(event: Pick<ChangeEvent, "actorId">, viewerId: string): boolean {
  return event.actorId !== viewerId;
}

// Picks the public fields one by one: whatever else rides along on the server (ids, timestamps) stays there.
export function toChangeMessage(event: ChangeEvent): ChangeMessage {
  return {
    eventId: event.eventId,
    action: event.action,
    claimId: event.claimId,
    actorName: event.actorName,
    at: event.at,
  };
}

// The actions the presence bar puts in words (annotator.presence.change); any other reads "made a change".
const ACTIONS = new Set([
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "claim.restored",
  "claim.reattached",
  "claim.state_changed",
  "claim.approved",
  "claim.published",
  "claim.assigned",
  "claim.replacement_proposed",
  "comment.created",
  "comment.deleted",
  "comment.resolved",
  "comment.reopened",
  "article.published",
  "article.meta_updated",
  "article.text_edited",
]);

/** The catalogue's name for an action ("claim_created"), or "other" for one added later: it still reads naturally. */
export function changeActionKey(action: string): string {
  return ACTIONS.has(action) ? action.replace(/\./g, "_") : "other";
}
