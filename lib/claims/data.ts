import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articleDetailsSelect } from "@/lib/publishing/article-meta";
import { claimRowSelect, toClaimView } from "./view";
import {
  optionDescriptionIn,
  optionLabelIn,
  readOptionTranslations,
  type OptionTranslations,
} from "@/lib/vocabulary/option-label";

export type ScaleOptionView = {
  id: string;
  label: string;
  description: string | null;
  colour: string;
  value: number;
  retired: boolean;
  translations?: OptionTranslations;
};

// Everything the annotator page needs, scoped to the viewer's organization. With the member's interface language
// (`locale`), the scale's labels and descriptions are those of that language where the scale has them.
export async function loadAnnotator(orgId: string, articleId: string, locale?: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, orgId },
    select: {
      id: true,
      ...articleDetailsSelect,
      status: true,
      updatedAt: true,
      currentVersion: {
        select: { id: true, number: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
      },
      org: { select: { defaultScaleId: true, slug: true } },
    },
  });
  if (!article || !article.currentVersion) throw new AppError("NOT_FOUND", "common.articleNotFound");
  const claimsReadAt = new Date(); // before the read: a claim updated after this instant may be missing from it
  const [claims, scale, experts] = await Promise.all([
    db.claim.findMany({
      where: { articleId, orgId, deletedAt: null },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      select: claimRowSelect,
    }),
    findScaleForOrg(orgId, article.org.defaultScaleId).then((scale) => scale && scaleIn(scale, locale)),
    db.expert.findMany({
      where: { orgId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, title: true, affiliation: true, profileUrl: true },
    }),
  ]);
  return {
    article,
    version: article.currentVersion,
    claims: claims.map(toClaimView),
    claimsReadAt: claimsReadAt.toISOString(),
    scale,
    experts,
  };
}

function scaleIn<S extends { options: ScaleOptionView[] }>(scale: S, locale: string | undefined): S {
  if (!locale) return scale;
  return {
    ...scale,
    options: scale.options.map((o) => ({
      ...o,
      label: optionLabelIn(o, locale),
      description: optionDescriptionIn(o, locale),
    })),
  };
}

export async function findScaleForOrg(orgId: string, preferredScaleId: string | null) {
  const scale = await db.ratingScale.findFirst({
    where: { orgId, ...(preferredScaleId ? { id: preferredScaleId } : {}) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      options: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          label: true,
          description: true,
          colour: true,
          value: true,
          retiredAt: true,
          translations: true,
        },
      },
    },
  });
  if (!scale) return null;
  return {
    id: scale.id,
    name: scale.name,
    options: scale.options.map(({ retiredAt, translations, ...o }) => ({
      ...o,
      retired: retiredAt !== null,
      translations: readOptionTranslations(translations),
    })),
  };
}
