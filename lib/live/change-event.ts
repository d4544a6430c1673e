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

const PHRASES: Record<string, string> = {
  "claim.created": "added a claim",
  "claim.updated": "edited a claim",
  "claim.deleted": "deleted a claim",
  "claim.restored": "restored a claim",
  "claim.reattached": "re-attached a claim",
  "claim.state_changed": "changed a claim’s state",
  "claim.approved": "approved a claim",
  "claim.published": "published a claim",
  "claim.assigned": "assigned a claim",
  "claim.replacement_proposed": "proposed a change",
  "comment.created": "commented on a claim",
  "comment.deleted": "deleted a comment",
  "comment.resolved": "resolved a comment thread",
  "comment.reopened": "reopened a comment thread",
  "article.published": "published the article",
  "article.meta_updated": "edited the article details",
  "article.text_edited": "edited the article text",
};

// "Erin Editor edited a claim"; actions added later still read naturally.
export function describeChange(message: Pick<ChangeMessage, "action" | "actorName">): string {
  const who = message.actorName ?? "Someone using the API";
  const what = PHRASES[message.action] ?? "made a change";
  return `${who} ${what}`;
}
