import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "./button";

// Previous / Next links of a keyset-paged list. A missing link is a disabled-looking span, not a link to nowhere,
// so keyboard and screen-reader users are not sent to the same page.
export function Pager({
  label,
  previousHref,
  nextHref,
  summary,
}: {
  label: string;
  previousHref: string | null;
  nextHref: string | null;
  summary: string;
}) {
  const t = useTranslations("ui.pager");
  const off = `${buttonClasses("secondary", "sm")} pointer-events-none opacity-50`;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted">{summary}</p>
      <div className="flex gap-2">
        {previousHref ? (
          <Link rel="prev" href={previousHref} className={buttonClasses("secondary", "sm")}>
            {t("previous")}
          </Link>
        ) : (
          <span aria-disabled="true" className={off}>
            {t("previous")}
          </span>
        )}
        {nextHref ? (
          <Link rel="next" href={nextHref} className={buttonClasses("secondary", "sm")}>
            {t("next")}
          </Link>
        ) : (
          <span aria-disabled="true" className={off}>
            {t("next")}
          </span>
        )}
      </div>
    </nav>
  );
}

/** "Showing 51–100 of 10,000 articles" (or "1 article"). */
export function describeRange(offset: number, shown: number, total: number, noun: [string, string]): string {
  const word = total === 1 ? noun[0] : noun[1];
  if (shown === 0) return `${total.toLocaleString("en-GB")} ${word}`;
  const from = (offset + 1).toLocaleString("en-GB");
  const to = (offset + shown).toLocaleString("en-GB");
  return shown === total
    ? `${total.toLocaleString("en-GB")} ${word}`
    : `Showing ${from}–${to} of ${total.toLocaleString("en-GB")} ${word}`;
}
