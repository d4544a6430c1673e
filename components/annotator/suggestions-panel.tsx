"use client";
import { useEffect, useState, type RefObject } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { reasonCue } from "@/lib/claim-finder/reasons";
import { offsetsToRange } from "@/lib/highlight/text-offsets";
import type { SuggestionView } from "@/lib/claim-finder/data";
import { buttonClasses } from "@/components/ui/button";

const PAGE = 10;
const PREVIEW = "fd-suggestion";

type Props = {
  suggestions: SuggestionView[];
  note?: string | null;
  articleRef: RefObject<HTMLDivElement | null>;
  busy: boolean;
  onTake: (s: SuggestionView) => void;
  onDismiss: (s: SuggestionView) => void;
};

/** Shows one suggested sentence in the article text without touching its DOM (the CSS Custom Highlight API). */
function preview(root: HTMLElement | null, s: SuggestionView | null, scroll: boolean) {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  CSS.highlights.delete(PREVIEW);
  if (!root || !s) return;
  const range = offsetsToRange(root, s.start, s.end);
  if (!range) return;
  CSS.highlights.set(PREVIEW, new Highlight(range));
  if (scroll) range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "auto" });
}

/**
 * Sentences the claim finder thinks are worth checking, best first (lib/claim-finder). Hovering or focusing one shows
 * it in the text; "Add as claim" (a click, or Enter on the focused button) creates a claim on exactly that sentence;
 * "Dismiss" hides it for this article. Desk only: readers never see suggestions.
 */
export function SuggestionsPanel({ suggestions, note, articleRef, busy, onTake, onDismiss }: Props) {
  const t = useTranslations("annotator.suggestions");
  const locale = useLocale();
  const [shown, setShown] = useState(PAGE);
  useEffect(() => () => preview(null, null, false), []);
  const visible = suggestions.slice(0, shown);
  return (
    <section aria-labelledby="suggestions-heading" className="rounded-xl border border-line bg-white">
      <div className="border-b border-line px-4 py-3">
        <h2 id="suggestions-heading" className="text-sm font-semibold">
          {t("heading", { count: formatNumber(suggestions.length, locale) })}
        </h2>
        <p className="mt-0.5 text-xs text-muted">{t("intro")}</p>
        {note && <p className="mt-2 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">{note}</p>}
      </div>
      {suggestions.length === 0 && note ? null : suggestions.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-line" onMouseLeave={() => preview(null, null, false)}>
          {visible.map((s, i) => (
            <li
              key={`${s.start}-${s.end}`}
              className="px-4 py-3 text-sm focus-within:bg-slate-50 hover:bg-slate-50"
              onMouseEnter={() => preview(articleRef.current, s, false)}
              onFocus={() => preview(articleRef.current, s, true)}
              onBlur={() => preview(null, null, false)}
            >
              <p className="line-clamp-3" dir="auto" id={`suggestion-${i}`}>
                {s.text}
              </p>
              {s.reasons.length > 0 && (
                <p className="mt-1 text-xs text-muted">
                  {s.reasons
                    .map((reason) => {
                      const cue = reasonCue(reason);
                      return cue ? t(`reason.${cue}`) : reason;
                    })
                    .join(" · ")}
                </p>
              )}
              <div className="mt-2 flex gap-2">
                <button
                  type="button"
                  className={buttonClasses("secondary", "sm")}
                  disabled={busy}
                  onClick={() => onTake(s)}
                  aria-describedby={`suggestion-${i}`}
                >
                  {t("add")}
                </button>
                <button
                  type="button"
                  className={buttonClasses("ghost", "sm")}
                  onClick={() => onDismiss(s)}
                  aria-describedby={`suggestion-${i}`}
                >
                  {t("dismiss")}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {suggestions.length > shown && (
        <div className="border-t border-line px-4 py-2">
          <button
            type="button"
            className="text-sm font-medium text-accent underline"
            onClick={() => setShown((n) => n + PAGE)}
          >
            {t("more", { count: formatNumber(Math.min(PAGE, suggestions.length - shown), locale) })}
          </button>
        </div>
      )}
    </section>
  );
}
