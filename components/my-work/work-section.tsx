import Link from "next/link";
import type { WorkPage } from "@/lib/my-work/data";
import { describeRange, Pager } from "@/components/ui/pager";
import { StateBadge } from "@/components/annotator/badges";

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

// "3 days ago", "5 minutes ago"; anything under a minute is "now".
export function formatAge(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  for (const [unit, size] of UNITS) if (ms >= size) return relative.format(-Math.floor(ms / size), unit);
  return "just now";
}

export function WorkSection({
  title,
  description,
  empty,
  page,
  now,
  previousHref,
  nextHref,
}: {
  title: string;
  description: string;
  empty: string;
  page: WorkPage;
  now: Date;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  const items = page.items;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-white">
      <header className="border-b border-line px-4 py-3">
        <h2 id={id} className="font-semibold">
          {title} <span className="text-sm font-normal text-muted">({page.total.toLocaleString("en-GB")})</span>
        </h2>
        <p className="text-sm text-muted">{description}</p>
      </header>
      {items.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="block px-4 py-3 hover:bg-slate-50">
                <span className="line-clamp-2 text-sm">“{item.quote}”</span>
                <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                  <span className="font-medium text-ink">{item.articleTitle}</span>
                  <StateBadge state={item.state} />
                  {item.detail && <span>{item.detail}</span>}
                  <time dateTime={item.since}>{formatAge(item.since, now)}</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {(previousHref || nextHref) && (
        <div className="border-t border-line px-4 py-3">
          <Pager
            label={`${title}: pages`}
            summary={describeRange(page.offset, items.length, page.total, ["claim", "claims"])}
            previousHref={previousHref}
            nextHref={nextHref}
          />
        </div>
      )}
    </section>
  );
}
