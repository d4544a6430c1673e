// Pure: latencies bucketed by when they were answered, so a run shows whether its slow requests are spread out
// (a steady overload) or bunched (the server warming up, an outage, a burst).

import { percentile } from "./operation-stats";

export type Side = "writes" | "reader page";
export type Timeline = { windowMs: number; windows: Map<number, Record<Side, number[]>> };

export function newTimeline(windowMs = 10_000): Timeline {
  return { windowMs, windows: new Map() };
}

export function addToTimeline(timeline: Timeline, atMs: number, side: Side, latencyMs: number): void {
  const index = Math.floor(atMs / timeline.windowMs);
  let window = timeline.windows.get(index);
  if (!window) timeline.windows.set(index, (window = { writes: [], "reader page": [] }));
  window[side].push(latencyMs);
}

/** One line per window: "   0-10 s  writes 240, p95 412 ms, max 1201 ms · reader page 400, p95 61 ms, max 250 ms". */
export function formatTimeline(timeline: Timeline): string {
  const seconds = timeline.windowMs / 1000;
  const side = (name: Side, samples: number[]) =>
    samples.length === 0
      ? null
      : `${name} ${samples.length}, p95 ${percentile(samples, 0.95).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`;
  return [...timeline.windows]
    .sort(([a], [b]) => a - b)
    .map(([i, w]) => {
      const parts = [side("writes", w.writes), side("reader page", w["reader page"])].filter(Boolean);
      return `${`${i * seconds}-${(i + 1) * seconds} s`.padStart(9)}  ${parts.join(" · ")}`;
    })
    .join("\n");
}
