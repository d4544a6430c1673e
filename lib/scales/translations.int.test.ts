import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { locateConformanceData } from "@/test/conformance/locate";
import { checkSchemaOrgJsonLd, loadSchemaOrgVocabulary } from "@/test/conformance/schema-org-checker";
import { saveScale } from "./mutations";
import { findScalesForOrg } from "./data";
import { saveScaleSchema } from "./schema";
import { loadAnnotator } from "@/lib/claims/data";
import { buildReviewReport } from "@/lib/reports/build-report";
import { buildClaimReviews, type JsonLdNode } from "@/lib/export/claim-review";
import { loadReaderPage } from "@/lib/reader/page-model";
import { loadPublicReviews } from "@/lib/reader/public-reviews";
import { issueMessage } from "@/lib/validation/issue-message";

// A rating option's label and description per language: saved through the scale editor's schema and mutation, read
// by the desk in the member's language, and by ClaimReview, the reader page and the embed in the organization's
// public language.
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
const admin = () => ({ userId: demo.users.ADMIN.id, orgId: demo.orgId });

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  demo = await seedDemoData(t.db);
});

async function fiveLevelInput() {
  const scale = (await findScalesForOrg(demo.orgId)).find((s) => s.id === demo.scales.fiveLevel.id)!;
  return {
    scaleId: scale.id,
    name: scale.name,
    description: scale.description,
    options: scale.options.map((o) => ({ ...o, retired: o.retired })),
  };
}

describe("scale option translations", () => {
  it("the demo scales come with Spanish and Arabic labels", async () => {
    const misleading = (await findScalesForOrg(demo.orgId))
      .find((s) => s.id === demo.scales.fiveLevel.id)!
      .options.find((o) => o.label === "Misleading")!;
    expect(misleading.translations.es).toEqual({
      label: "Engañoso",
      description: "Usa hechos de una manera que da una impresión falsa.",
    });
    expect(misleading.translations.ar?.label).toBe("مضلل");
  });

  it("saves a label and description per language, drops empty ones, and audits them", async () => {
    const input = await fiveLevelInput();
    input.options[0] = {
      ...input.options[0],
      translations: {
        en: { label: "", description: "" },
        es: { label: "  Preciso ", description: " Correcto y en su contexto. " },
        ar: { label: "دقيق تمامًا", description: null },
      },
    } as (typeof input.options)[number];
    await saveScale(admin(), saveScaleSchema.parse(input));
    const saved = (await findScalesForOrg(demo.orgId)).find((s) => s.id === input.scaleId)!.options[0];
    expect(saved.label).toBe("Accurate");
    expect(saved.translations).toEqual({
      es: { label: "Preciso", description: "Correcto y en su contexto." },
      ar: { label: "دقيق تمامًا", description: null },
    });
    const audit = await t.db.auditEvent.findFirst({
      where: { entityId: input.scaleId, action: "scale.updated" },
      orderBy: { createdAt: "desc" },
    });
    expect((audit?.after as { translations: Record<string, unknown> }).translations.Accurate).toEqual(
      saved.translations,
    );
  });

  it("refuses bad translations with a message naming the problem, and stores nothing", async () => {
    const input = await fiveLevelInput();
    const withTranslations = (translations: unknown) => ({
      ...input,
      options: input.options.map((o, i) => (i === 1 ? { ...o, translations } : o)),
    });
    const refusal = (translations: unknown) => {
      const parsed = saveScaleSchema.safeParse(withTranslations(translations));
      expect(parsed.success).toBe(false);
      return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${issueMessage(i)}`).join("\n");
    };
    expect(refusal({ es: { label: "x".repeat(81), description: null } })).toMatch(
      /options\.1\.translations\.es\.label: Labels can be at most 80 characters/,
    );
    expect(refusal({ ar: { label: "دقيق", description: "ن".repeat(501) } })).toMatch(/at most 500 characters/);
    expect(refusal({ es: { label: "", description: "Sin etiqueta" } })).toMatch(/Give the Spanish label too/);
    expect(refusal({ fr: { label: "Plutôt exact", description: null } })).toMatch(/English, Spanish or Arabic/);
    expect(refusal({ es: { label: "Falso\u0000", description: null } })).toMatch(/cannot be saved/);
    // the same Spanish label on two options of one scale
    const taken = input.options[0].translations.es!.label;
    expect(refusal({ es: { label: taken, description: null } })).toMatch(/Spanish label "Preciso" is used twice/);
    const stored = await t.db.ratingOption.findUniqueOrThrow({ where: { id: input.options[1].id } });
    expect(stored.translations).toEqual({
      es: {
        label: "Mayormente exacto",
        description: "Correcto en lo sustancial, con errores menores o falta de contexto.",
      },
      ar: { label: "دقيق في معظمه", description: "صحيح في جوهره، مع أخطاء طفيفة أو نقص في السياق." },
    });
  });

  it("the annotator shows the member's language, and the default label where there is no translation", async () => {
    const labels = async (locale?: string) =>
      (await loadAnnotator(demo.orgId, demo.articleId, locale)).scale!.options.map((o) => o.label);
    expect(await labels()).toEqual(["Accurate", "Mostly accurate", "Technically inaccurate", "Misleading", "False"]);
    expect(await labels("en")).toEqual(await labels());
    expect(await labels("es")).toEqual(["Preciso", "Mayormente exacto", "Técnicamente inexacto", "Engañoso", "Falso"]);
    await t.db.ratingOption.update({
      where: { id: demo.scales.fiveLevel.options.find((o) => o.label === "False")!.id },
      data: { translations: {} },
    });
    expect((await labels("ar")).at(-1)).toBe("False");
    expect((await labels("ar"))[3]).toBe("مضلل");
  });
});

const vocabularyFile = locateConformanceData(
  "schemaorg/schemaorg-current-https.jsonld",
  "schema.org ClaimReview conformance",
);

describe("verdict labels in the organization's public language", () => {
  it("ClaimReview names the verdict in Arabic for an Arabic-public organization, valid schema.org", async () => {
    const alternateNames = async () =>
      buildClaimReviews(await buildReviewReport(demo.orgId, demo.articleId)).map(
        (r) => (r.reviewRating as JsonLdNode).alternateName,
      );
    expect(await alternateNames()).toEqual(["Misleading", "Accurate", "Technically inaccurate", "Accurate"]);
    await t.db.organization.update({ where: { id: demo.orgId }, data: { publicLanguage: "ar" } });
    try {
      const report = await buildReviewReport(demo.orgId, demo.articleId);
      const reviews = buildClaimReviews(report);
      expect(reviews.map((r) => (r.reviewRating as JsonLdNode).alternateName)).toEqual([
        "مضلل",
        "دقيق تمامًا",
        "غير دقيق من الناحية الفنية",
        "دقيق تمامًا",
      ]);
      if (vocabularyFile) {
        const vocabulary = loadSchemaOrgVocabulary(vocabularyFile);
        for (const review of reviews) expect(checkSchemaOrgJsonLd(review, vocabulary).problems).toEqual([]);
      }

      // readers see the published snapshots: their labels as they were published (the seed's demo translations)
      const page = (await loadReaderPage("demo", demo.articleId))!;
      expect(page.claims.map((c) => c.verdict.label)).toEqual(["مضلل", "دقيق", "غير دقيق من الناحية الفنية", "دقيق"]);
      expect(page.legend.map((l) => l.label).sort()).toEqual(["دقيق", "غير دقيق من الناحية الفنية", "مضلل"].sort());
      expect(page.claimReviews.map((r) => ((r as JsonLdNode).reviewRating as JsonLdNode).alternateName)).toEqual(
        page.claims.map((c) => c.verdict.label),
      );
      const embed = (await loadPublicReviews({ orgSlug: "demo", articleId: demo.articleId }))!;
      expect(embed.claims.map((c) => c.verdict.label)).toContain("مضلل");
      expect(embed.claims.find((c) => c.verdict.label === "مضلل")?.verdict.description).toBe(
        "يستخدم الوقائع بطريقة تعطي انطباعًا خاطئًا.",
      );
    } finally {
      await t.db.organization.update({ where: { id: demo.orgId }, data: { publicLanguage: "en" } });
    }
  });
});
