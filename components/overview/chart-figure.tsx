import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

// Every chart: a heading, one sentence that says what it shows (read first by screen readers, useful to everyone),
// the picture, and the same numbers as a table for anyone who cannot or would rather not read the picture.
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
}: {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const t = useTranslations("overview.figure");
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-line bg-white p-5">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      <p id={`${id}-summary`} className="mt-1 text-sm text-muted">
        {summary}
      </p>
      <figure className="mt-4" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        {chart}
      </figure>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent">{t("showTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}

export function Legend({ items }: { items: { label: string; colour: string }[] }) {
  return (
    <ul aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: i.colour }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

export const TABLE =
  "w-full text-start text-sm [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1 [&_thead]:text-xs [&_thead]:text-muted [&_tbody_tr]:border-t [&_tbody_tr]:border-line";
