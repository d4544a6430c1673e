// Pure: notification kinds and the one-line messages recipients read in the bell.
export const NOTIFICATION_KINDS = ["mention", "assignment", "approval", "changes_requested", "published"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The first `max` characters of a text on one line, cut at a word where possible. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `subject` is the comment for a mention and the claim's quote for the others. */
export function notificationMessage(kind: NotificationKind, actorName: string, subject: string): string {
  const s = excerpt(subject);
  switch (kind) {
    case "mention":
      return `${actorName} mentioned you: “${s}”`;
    case "assignment":
      return `${actorName} assigned you the claim “${s}”`;
    case "approval":
      return `${actorName} approved the claim “${s}”`;
    case "changes_requested":
      return `${actorName} requested changes to the claim “${s}”`;
    case "published":
      return `${actorName} published the claim “${s}”`;
  }
}
