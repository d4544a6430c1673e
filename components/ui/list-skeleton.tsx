// The placeholder a list page shows while its server response streams in: the same outline as the list (heading,
// filter bar, rows), so nothing jumps when the rows arrive. Announced once as busy, not row by row.
export function ListSkeleton({ label, rows }: { label: string; rows: number }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="animate-pulse space-y-6">
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-20 rounded-xl border border-line bg-white" />
      <div className="divide-y divide-line rounded-xl border border-line bg-white">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex gap-4 px-4 py-4">
            <div className="h-4 flex-1 rounded bg-slate-200" />
            <div className="h-4 w-20 rounded bg-slate-100" />
            <div className="h-4 w-32 rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <span className="sr-only">{label}…</span>
    </div>
  );
}
