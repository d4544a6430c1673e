import type { VerdictCount } from "@/lib/articles/list-data";

// A stacked bar plus the same numbers as text: the bar is for the glance, the text for screen readers and print.
export function VerdictBar({ verdicts, unrated }: { verdicts: VerdictCount[]; unrated: number }) {
  const total = verdicts.reduce((n, v) => n + v.count, 0) + unrated;
  if (total === 0) return <span className="text-sm text-muted">No claims yet</span>;
  return (
    <div className="space-y-1.5">
      <div className="flex h-2 w-40 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {verdicts.map((v) => (
          <span key={v.label} style={{ width: `${(v.count / total) * 100}%`, background: v.colour }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
        {verdicts.map((v) => (
          <li key={v.label} className="flex items-center gap-1">
            <span aria-hidden="true" className="h-2 w-2 rounded-full" style={{ background: v.colour }} />
            {v.count} {v.label}
          </li>
        ))}
        {unrated > 0 && <li>{unrated} not rated</li>}
      </ul>
    </div>
  );
}
