// Pure: the one-line messages recipients read in the bell and the digest. A notification is a group of events of one
// kind by one colleague on one article (lib/notifications/mutations.ts), so every message names the article.
import type { NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

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

/**
 * The group in words, in the reader's interface language (the bell: the viewing member's; the digest: the
 * recipient's). Worded from the kind and its parameters each time, so a member who switches language reads every
 * notification, old and new, in their language.
 */
export function notificationMessage(group: NotificationGroup, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "notifications");
  const { kind, count } = group;
  const actor = group.actorName.trim() || t("message.someone");
  const title = group.articleTitle?.trim() ? excerpt(group.articleTitle, TITLE_MAX) : null;
  const subject = group.subject?.trim() ? excerpt(group.subject) : null;
  const where = title ? t("message.where.titled", { title }) : t("message.where.untitled");
  if (kind === "mention") {
    if (count > 1)
      return subject
        ? t("message.mention.manyQuoted", { actor, count, where, subject })
        : t("message.mention.many", { actor, count, where });
    return subject
      ? t("message.mention.quoted", { actor, subject, where })
      : t("message.mention.unquoted", { actor, where });
  }
  if (count <= 1) {
    const claim = subject ? t("message.claim.quoted", { subject }) : t("message.claim.unquoted");
    return t(`message.one.${kind}`, { actor, claim, where });
  }
  return t(`message.many.${kind}`, { actor, count, where });
}
