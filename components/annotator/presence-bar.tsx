import { useLocale, useTranslations } from "next-intl";
import { changeActionKey, type ChangeMessage } from "@/lib/live/change-event";
import { initialsOf, presenceWords, type PresentUser } from "@/lib/live/presence-list";
import { formatDate, formatNumber } from "@/lib/i18n/format";

// White initials stay readable (contrast above 4.5:1) on each of these.
const AVATAR_COLOURS = ["#2339a8", "#7a2e8e", "#0f6b5c", "#9a3412", "#374151", "#155e75"];
const MAX_AVATARS = 5;

function colourFor(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
}

// Who else has this article open, and the latest change someone else made (announced politely to screen readers).
// "Erin Editor is also here", "A and B …", "A, B and C …", "A, B and 2 others are also here"; a change reads
// "Erin Editor edited a claim at 14:05 UTC." (actions added later read "made a change").
export function PresenceBar({
  others,
  lastChange,
  connected,
}: {
  others: PresentUser[];
  lastChange: ChangeMessage | null;
  connected: boolean;
}) {
  const t = useTranslations("annotator.presence");
  const locale = useLocale();
  const words = presenceWords(others.map((u) => u.name));
  return (
    <section aria-label={t("label")} className="mb-3 flex min-h-9 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      {others.length > 0 && (
        <ul aria-hidden="true" className="flex -space-x-2">
          {others.slice(0, MAX_AVATARS).map((u) => (
            <li
              key={u.userId}
              title={u.name}
              style={{ backgroundColor: colourFor(u.userId) }}
              className="grid h-8 w-8 place-items-center rounded-full border-2 border-white text-xs font-semibold text-white"
            >
              {initialsOf(u.name)}
            </li>
          ))}
        </ul>
      )}
      <p className={others.length ? "font-medium" : "text-muted"}>
        {words
          ? t("others", { ...words, rest: formatNumber(words.rest, locale) })
          : connected
            ? t("alone")
            : t("connecting")}
      </p>
      <p role="status" className="text-muted">
        {lastChange &&
          t("change", {
            who: lastChange.actorName ?? t("someoneApi"),
            action: changeActionKey(lastChange.action),
            time: formatDate(lastChange.at, "time", { locale }),
          })}
      </p>
    </section>
  );
}
