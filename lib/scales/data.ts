import "server-only";
import { db } from "@/lib/db";
import { readOptionTranslations } from "@/lib/vocabulary/option-label";

export async function findScalesForOrg(orgId: string) {
  const [org, scales, usage] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { defaultScaleId: true } }),
    db.ratingScale.findMany({
      where: { orgId },
      orderBy: { createdAt: "asc" },
      include: { options: { orderBy: { position: "asc" } } },
    }),
    db.verdict.groupBy({
      by: ["optionId"],
      where: { option: { scale: { orgId } }, claim: { deletedAt: null } },
      _count: { _all: true },
    }),
  ]);
  const used = new Map(usage.map((u) => [u.optionId, u._count._all]));
  return scales.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    isDefault: s.id === org.defaultScaleId,
    options: s.options.map((o) => ({
      id: o.id,
      label: o.label,
      description: o.description,
      colour: o.colour,
      value: o.value,
      retired: o.retiredAt !== null,
      usedBy: used.get(o.id) ?? 0,
      translations: readOptionTranslations(o.translations),
    })),
  }));
}
export type ScaleView = Awaited<ReturnType<typeof findScalesForOrg>>[number];
