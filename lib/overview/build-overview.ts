import { CLAIM_STATES, CLAIM_STATE_LABELS, type ClaimState } from "@/lib/vocabulary/claim-states";
import { formatWeek, lastWeeks, weekIndex } from "./weeks";
import { durationUnit, formatDuration, percentile } from "./percentile";

export const OVERVIEW_WEEKS = 12;
type OpenState = "DRAFT" | "IN_REVIEW";

export type OverviewInput = {
  now: Date;
  verdicts: { givenAt: Date; label: string; colour: string; position: number }[];
  states: { state: ClaimState; count: number }[];
  publications: { createdAt: Date; publishedAt: Date }[];
  load: { assigneeId: string | null; state: OpenState; count: number }[];
  members: { id: string; name: string }[];
};

export type Overview = ReturnType<typeof buildOverview>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Everything the overview charts show, from plain rows: pure, so the numbers and sentences are unit-tested.
export function buildOverview(input: OverviewInput) {
  const weeks = lastWeeks(input.now, OVERVIEW_WEEKS).map((start) => ({
    start: start.toISOString(),
    label: formatWeek(start),
  }));
  const starts = weeks.map((w) => new Date(w.start));
  return {
    weeks,
    checked: buildChecked(
      input,
      starts,
      weeks.map((w) => w.label),
    ),
    states: buildStates(input),
    turnaround: buildTurnaround(
      input,
      starts,
      weeks.map((w) => w.label),
    ),
    load: buildLoad(input),
  };
}

function buildChecked(input: OverviewInput, starts: Date[], labels: string[]) {
  const byLabel = new Map<string, { label: string; colour: string; position: number; values: number[] }>();
  for (const v of input.verdicts) {
    const i = weekIndex(starts, v.givenAt);
    if (i < 0) continue;
    const series = byLabel.get(v.label) ?? {
      label: v.label,
      colour: v.colour,
      position: v.position,
      values: starts.map(() => 0),
    };
    series.values[i]++;
    byLabel.set(v.label, series);
  }
  const series = [...byLabel.values()].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
  const totals = starts.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const total = totals.reduce((a, b) => a + b, 0);
  let summary = `No claim got a verdict in the last ${OVERVIEW_WEEKS} weeks.`;
  if (total > 0) {
    const busiest = totals.indexOf(Math.max(...totals));
    const top = series
      .map((s) => ({ label: s.label, n: s.values.reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.n - a.n)[0];
    summary =
      `${plural(total, "claim")} got a verdict in the last ${OVERVIEW_WEEKS} weeks, ${totals.at(-1)} of them this week. ` +
      `The busiest week began ${labels[busiest]} (${totals[busiest]}). Most common verdict: ${top.label} (${top.n}, ${Math.round((100 * top.n) / total)} %).`;
  }
  return { series: series.map(({ position: _p, ...s }) => s), totals, total, summary };
}

function buildStates(input: OverviewInput) {
  const count = new Map(input.states.map((s) => [s.state, s.count]));
  const bars = CLAIM_STATES.map((state) => ({ state, label: CLAIM_STATE_LABELS[state], count: count.get(state) ?? 0 }));
  const total = bars.reduce((a, b) => a + b.count, 0);
  const summary =
    total === 0
      ? "There are no claims yet."
      : `Of ${plural(total, "claim")}: ${bars.map((b) => `${b.count} ${b.label.toLowerCase()}`).join(", ")}.`;
  return { bars, total, summary };
}

function buildTurnaround(input: OverviewInput, starts: Date[], labels: string[]) {
  const perWeek: number[][] = starts.map(() => []);
  for (const p of input.publications) {
    const i = weekIndex(starts, p.publishedAt);
    if (i >= 0) perWeek[i].push(Math.max(0, p.publishedAt.getTime() - p.createdAt.getTime()));
  }
  const rows = perWeek.map((ms, i) => ({
    label: labels[i],
    count: ms.length,
    median: percentile(ms, 0.5),
    p90: percentile(ms, 0.9),
  }));
  const all = perWeek.flat();
  const overall = { count: all.length, median: percentile(all, 0.5), p90: percentile(all, 0.9) };
  const { unit, divisor } = durationUnit(Math.max(0, ...rows.map((r) => r.p90 ?? 0)));
  const summary =
    overall.count === 0
      ? `No claim was published in the last ${OVERVIEW_WEEKS} weeks.`
      : `Over the last ${OVERVIEW_WEEKS} weeks, half of the ${plural(overall.count, "published claim")} went from first draft to publication ` +
        `within ${formatDuration(overall.median!)}; nine in ten within ${formatDuration(overall.p90!)}.`;
  return { rows, overall, unit, divisor, summary };
}

function buildLoad(input: OverviewInput) {
  const byAssignee = new Map<string | null, { draft: number; inReview: number }>();
  for (const l of input.load) {
    const entry = byAssignee.get(l.assigneeId) ?? { draft: 0, inReview: 0 };
    if (l.state === "DRAFT") entry.draft += l.count;
    else entry.inReview += l.count;
    byAssignee.set(l.assigneeId, entry);
  }
  const rows = input.members
    .map((m) => ({ userId: m.id, name: m.name, ...(byAssignee.get(m.id) ?? { draft: 0, inReview: 0 }) }))
    .map((r) => ({ ...r, total: r.draft + r.inReview }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const unassigned = byAssignee.get(null) ?? { draft: 0, inReview: 0 };
  const unassignedTotal = unassigned.draft + unassigned.inReview;
  const top = rows[0];
  const summary = [
    top && top.total > 0
      ? `${top.name} has the most open claims: ${top.total} (${plural(top.draft, "draft")}, ${top.inReview} in review).`
      : "Nobody has open claims assigned.",
    unassignedTotal > 0 ? `${plural(unassignedTotal, "open claim is", "open claims are")} not assigned to anyone.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { rows, unassigned: { ...unassigned, total: unassignedTotal }, summary };
}
