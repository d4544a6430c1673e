// An axis maximum at or above `max` made of 1, 2, 2.5 or 5 times a power of ten, with about `count` even steps,
// so gridlines fall on numbers people read at a glance (0, 5, 10, 15 rather than 0, 4.3, 8.6).
// Counts pass `integer` so a small maximum never gets half-claim gridlines.
export function niceScale(
  max: number,
  { count = 4, integer = false }: { count?: number; integer?: boolean } = {},
): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { max: top, ticks };
}
