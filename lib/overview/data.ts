import "server-only";
import { db } from "@/lib/db";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { buildOverview, OVERVIEW_WEEKS, type Overview } from "./build-overview";
import { lastWeeks } from "./weeks";

// The editors' overview of one organization. Reads are grouped in the database where Prisma can (states, load,
// first publications); the few thousand rows of a quarter's verdicts are bucketed into weeks in build-overview.ts.
export async function loadOverview(orgId: string, locale: InterfaceLocale = "en", now = new Date()): Promise<Overview> {
  const since = lastWeeks(now, OVERVIEW_WEEKS)[0];
  const live = { orgId, deletedAt: null };
  const [verdicts, states, firstPublications, load, members] = await Promise.all([
    db.verdict.findMany({
      where: { createdAt: { gte: since }, claim: live },
      select: { createdAt: true, option: { select: { label: true, colour: true, position: true } } },
    }),
    db.claim.groupBy({ by: ["state"], where: live, _count: { _all: true } }),
    // a correction republishes a claim: turnaround counts its first publication
    db.claimPublication.groupBy({
      by: ["claimId"],
      where: { claim: live },
      _min: { publishedAt: true },
      having: { publishedAt: { _min: { gte: since } } },
    }),
    db.claim.groupBy({
      by: ["assigneeId", "state"],
      where: { ...live, state: { in: ["DRAFT", "IN_REVIEW"] } },
      _count: { _all: true },
    }),
    db.membership.findMany({ where: { orgId }, select: { user: { select: { id: true, name: true } } } }),
  ]);
  const drafted = await db.claim.findMany({
    where: { orgId, id: { in: firstPublications.map((p) => p.claimId) } },
    select: { id: true, createdAt: true },
  });
  const createdAt = new Map(drafted.map((c) => [c.id, c.createdAt]));
  return buildOverview(
    {
      now,
      verdicts: verdicts.map((v) => ({ givenAt: v.createdAt, ...v.option })),
      states: states.map((s) => ({ state: s.state, count: s._count._all })),
      publications: firstPublications.flatMap((p) => {
        const created = createdAt.get(p.claimId);
        return created && p._min.publishedAt ? [{ createdAt: created, publishedAt: p._min.publishedAt }] : [];
      }),
      load: load.map((l) => ({
        assigneeId: l.assigneeId,
        state: l.state as "DRAFT" | "IN_REVIEW",
        count: l._count._all,
      })),
      members: members.map((m) => m.user),
    },
    locale,
  );
}
