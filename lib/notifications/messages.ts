// Pure: the one-line messages recipients read in the bell and the digest. A notification is a group of events of one
// kind by one colleague on one article (lib/notifications/mutations.ts), so every message names the article.
import type { NotificationKind } from "@/lib/vocabulary/notification-kinds";

/** The first `max` characters of a text on one line, cut at a word where possible. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// Titles are shorter than quotes: the article only has to be recognised, the claim's words tell claims apart.
const TITLE_MAX = 48;

export type NotificationGroup = {
  kind: NotificationKind;
  actorName: string;
  /** events in the group (claims approved, mentions written, ...) */
  count: number;
  articleTitle: string | null;
  /** the latest event's claim quote, or comment for a mention */
  subject: string | null;
};

export function notificationMessage(group: NotificationGroup): string {
  const { kind, actorName: who, count } = group;
  const where = group.articleTitle?.trim() ? ` in ‘${excerpt(group.articleTitle, TITLE_MAX)}’` : " in an article";
  const said = group.subject?.trim() ? `“${excerpt(group.subject)}”` : null;
  if (count <= 1 || kind === "mention") {
    const claim = said ? `the claim ${said}` : "a claim";
    switch (kind) {
      case "mention":
        if (count > 1) return `${who} mentioned you ${count} times${where}${said ? `, latest: ${said}` : ""}`;
        return said ? `${who} mentioned you: ${said}${where}` : `${who} mentioned you${where}`;
      case "assignment":
        return `${who} assigned you ${claim}${where}`;
      case "approval":
        return `${who} approved ${claim}${where}`;
      case "changes_requested":
        return `${who} requested changes to ${claim}${where}`;
      case "published":
        return `${who} published ${claim}${where}`;
    }
  }
  const claims = `${count} claims`;
  switch (kind) {
    case "assignment":
      return `${who} assigned you ${claims}${where}`;
    case "approval":
      return `${who} approved ${claims}${where}`;
    case "changes_requested":
      return `${who} requested changes to ${claims}${where}`;
    case "published":
      return `${who} published ${claims}${where}`;
  }
}
