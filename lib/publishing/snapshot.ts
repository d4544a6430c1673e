import { z } from "zod";
import { readOptionTranslations } from "@/lib/vocabulary/option-label";

// What readers see of a claim: frozen when an editor publishes, so later drafts never leak into public pages.
export const publishedCitationSchema = z.object({
  kind: z.enum(["EXPERT_QUOTE", "DOCUMENT", "DATASET", "OFFICIAL_STATEMENT", "NEWS_REPORT", "OTHER"]),
  quote: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  accessedAt: z.string().nullable(),
  saidAt: z.string().nullable(),
  saidWhere: z.string().nullable(),
  expert: z
    .object({
      name: z.string(),
      title: z.string().nullable(),
      affiliation: z.string().nullable(),
      profileUrl: z.string().nullable(),
    })
    .nullable(),
});

export const publicationSnapshotSchema = z.object({
  /** The article version the offsets refer to: readers see the claim only on that version. */
  versionId: z.string(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  claimant: z.string().nullable(),
  claimDate: z.string().nullable(),
  claimContext: z.string().nullable(),
  verdict: z.object({
    label: z.string(),
    description: z.string().nullable(),
    colour: z.string(),
    value: z.number(),
    rationale: z.string(),
    author: z.string(),
    bestRating: z.number(),
    worstRating: z.number(),
    /** The option's label and description per language when it was published (absent on older snapshots). */
    translations: z.unknown().transform(readOptionTranslations).optional(),
  }),
  citations: z.array(publishedCitationSchema),
  reviewers: z.array(z.string()),
  approvers: z.array(z.string()),
  /** Set on a snapshot carried unchanged onto a newly published text: when its content was approved and published. */
  approvedAt: z.string().optional(),
});

export type PublicationSnapshot = z.infer<typeof publicationSnapshotSchema>;
export type PublishedCitation = z.infer<typeof publishedCitationSchema>;

export function parsePublicationSnapshot(json: unknown): PublicationSnapshot {
  return publicationSnapshotSchema.parse(json);
}
