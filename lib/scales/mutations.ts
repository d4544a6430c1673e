import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { SCALE_PRESETS } from "./presets";
import type { SaveScaleInput } from "./schema";
import type { Actor } from "@/lib/auth/actor";
import { errorText } from "@/lib/i18n/error-text";

export async function saveScale(actor: Actor, input: SaveScaleInput): Promise<{ scaleId: string }> {
  try {
    return await db.$transaction(async (tx) => {
      let scaleId = input.scaleId;
      if (scaleId) {
        const owned = await tx.ratingScale.findFirst({
          where: { id: scaleId, orgId: actor.orgId },
          select: { id: true },
        });
        if (!owned) throw new AppError("NOT_FOUND", "scales.notFound");
        await tx.ratingScale.update({
          where: { id: scaleId },
          data: { name: input.name, description: input.description },
        });
      } else {
        scaleId = (
          await tx.ratingScale.create({
            data: { orgId: actor.orgId, name: input.name, description: input.description },
          })
        ).id;
      }
      const existing = await tx.ratingOption.findMany({
        where: { scaleId },
        select: { id: true, label: true, _count: { select: { verdicts: true } } },
      });
      const kept = new Set(input.options.map((o) => o.id).filter(Boolean));
      for (const gone of existing.filter((o) => !kept.has(o.id))) {
        if (gone._count.verdicts > 0) {
          throw new AppError(
            "CONFLICT",
            errorText("scales.optionInUse", { label: gone.label, count: gone._count.verdicts }),
          );
        }
        await tx.ratingOption.delete({ where: { id: gone.id } });
      }
      // labels are unique per scale: park existing ones first so options can swap labels in one save
      for (const o of existing.filter((x) => kept.has(x.id)))
        await tx.ratingOption.update({ where: { id: o.id }, data: { label: `__${o.id}` } });
      for (const [position, o] of input.options.entries()) {
        const data = {
          label: o.label,
          description: o.description,
          colour: o.colour.toLowerCase(),
          value: o.value,
          position,
          retiredAt: o.retired ? new Date() : null,
          translations: o.translations,
        };
        if (o.id) {
          if (!existing.some((x) => x.id === o.id)) throw new AppError("INVALID", "scales.foreignOption");
          const current = await tx.ratingOption.findUniqueOrThrow({ where: { id: o.id }, select: { retiredAt: true } });
          await tx.ratingOption.update({
            where: { id: o.id },
            data: { ...data, retiredAt: o.retired ? (current.retiredAt ?? new Date()) : null },
          });
        } else {
          await tx.ratingOption.create({ data: { ...data, scaleId } });
        }
      }
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: actor.orgId },
        select: { defaultScaleId: true },
      });
      if (!org.defaultScaleId)
        await tx.organization.update({ where: { id: actor.orgId }, data: { defaultScaleId: scaleId } });
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        entityType: "scale",
        entityId: scaleId,
        action: input.scaleId ? "scale.updated" : "scale.created",
        after: {
          name: input.name,
          options: input.options.map((o) => o.label),
          translations: Object.fromEntries(input.options.map((o) => [o.label, o.translations])),
        },
      });
      return { scaleId };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", errorText("scales.nameTaken", { name: input.name }), { field: "name" });
    throw e;
  }
}

export async function createScaleFromPreset(actor: Actor, presetKey: string) {
  const preset = SCALE_PRESETS.find((p) => p.key === presetKey);
  if (!preset) throw new AppError("INVALID", "scales.unknownPreset");
  const taken = await db.ratingScale.count({ where: { orgId: actor.orgId, name: { startsWith: preset.name } } });
  return saveScale(actor, {
    scaleId: null,
    name: taken ? `${preset.name} (${taken + 1})` : preset.name,
    description: preset.description,
    options: preset.options.map((o) => ({ ...o, id: null, retired: false, translations: { ...o.translations } })),
  });
}

export async function makeDefaultScale(actor: Actor, scaleId: string) {
  await db.$transaction(async (tx) => {
    const scale = await tx.ratingScale.findFirst({
      where: { id: scaleId, orgId: actor.orgId },
      select: { name: true },
    });
    if (!scale) throw new AppError("NOT_FOUND", "scales.notFound");
    await tx.organization.update({ where: { id: actor.orgId }, data: { defaultScaleId: scaleId } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "scale",
      entityId: scaleId,
      action: "scale.made_default",
      after: { name: scale.name },
    });
  });
}
