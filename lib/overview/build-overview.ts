import { CLAIM_STATES, type ClaimState } from "@/lib/vocabulary/claim-states";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
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

type Words = { t: ReturnType<typeof translatorFor<"overview">>; n: (value: number) => string; locale: InterfaceLocale };

// Everything the overview charts show, from plain rows: pure, so the numbers and sentences are unit-tested. The
// sentences and week labels are in the interface language asked for (English unless given).
export function buildOverview(input: OverviewInput, locale: InterfaceLocale = "en") {
  const words: Words = { t: translatorFor(locale, "overview"), n: (value) => formatNumber(value, locale), locale };
  const weeks = lastWeeks(input.now, OVERVIEW_WEEKS).map((start) => ({
    start: start.toISOString(),
    label: formatWeek(start, locale),
  }));
  const starts = weeks.map((w) => new Date(w.start));
  return {
    weeks,
    checked: buildChecked(
      input,
      starts,
      weeks.map((w) => w.label),
      words,
    ),
    states: buildStates(input, words),
    turnaround: buildTurnaround(
      input,
      starts,
      weeks.map((w) => w.label),
      words,
    ),
    load: buildLoad(input, words),
  };
}

function buildChecked(input: OverviewInput, starts: Date[], labels: string[], { t, n }: Words) {
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
  let summary = t("checked.none", { weeks: n(OVERVIEW_WEEKS) });
  if (total > 0) {
    const busiest = totals.indexOf(Math.max(...totals));
    const top = series
      .map((s) => ({ label: s.label, n: s.values.reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.n - a.n)[0];
    summary = t("checked.summary", {
      total,
      totalText: n(total),
      weeks: n(OVERVIEW_WEEKS),
      thisWeek: n(totals.at(-1) ?? 0),
      busiestWeek: labels[busiest],
      busiestCount: n(totals[busiest]),
      verdict: top.label,
      verdictCount: n(top.n),
      percent: n(Math.round((100 * top.n) / total)),
    });
  }
  return { series: series.map(({ position: _p, ...s }) => s), totals, total, summary };
}

function buildStates(input: OverviewInput, { t, n, locale }: Words) {
  const stateLabel = translatorFor(locale, "vocabulary");
  const count = new Map(input.states.map((s) => [s.state, s.count]));
  const bars = CLAIM_STATES.map((state) => ({
    state,
    label: stateLabel(`claimState.${state}`),
    count: count.get(state) ?? 0,
  }));
  const total = bars.reduce((a, b) => a + b.count, 0);
  const counts = bars
    .map((b) => t("states.count", { countText: n(b.count), state: b.label.toLocaleLowerCase(locale) }))
    .join(t("states.separator"));
  const summary = total === 0 ? t("states.none") : t("states.summary", { total, totalText: n(total), counts });
  return { bars, total, summary };
}

function buildTurnaround(input: OverviewInput, starts: Date[], labels: string[], { t, n, locale }: Words) {
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
      ? t("turnaround.none", { weeks: n(OVERVIEW_WEEKS) })
      : t("turnaround.summary", {
          weeks: n(OVERVIEW_WEEKS),
          count: overall.count,
          countText: n(overall.count),
          median: formatDuration(overall.median!, locale),
          p90: formatDuration(overall.p90!, locale),
        });
  return { rows, overall, unit, divisor, summary };
}

function buildLoad(input: OverviewInput, { t, n }: Words) {
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
      ? t("load.top", {
          name: top.name,
          totalText: n(top.total),
          drafts: top.draft,
          draftsText: n(top.draft),
          inReviewText: n(top.inReview),
        })
      : t("load.nobody"),
    unassignedTotal > 0 ? t("load.unassignedCount", { count: unassignedTotal, countText: n(unassignedTotal) }) : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { rows, unassigned: { ...unassigned, total: unassignedTotal }, summary };
}
