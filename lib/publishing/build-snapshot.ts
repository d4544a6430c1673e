import { readOptionTranslations } from "@/lib/vocabulary/option-label";
import type { PublicationSnapshot, PublishedCitation } from "./snapshot";

export type SnapshotSource = {
  versionId: string;
  quote: string;
  selectors: unknown;
  start: number;
  end: number;
  claimant: string | null;
  claimDate: Date | null;
  claimContext: string | null;
  verdict: {
    rationale: string;
    author: { name: string };
    /** translations: the option's labels per language (RatingOption.translations), frozen with the rest. */
    option: { label: string; description: string | null; colour: string; value: number; translations?: unknown };
  } | null;
  scaleValues: number[];
  citations: (Omit<PublishedCitation, "accessedAt" | "saidAt"> & { accessedAt: Date | null; saidAt: Date | null })[];
  reviewers: string[];
  approvers: string[];
};

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function contextOf(selectors: unknown): { prefix: string; suffix: string } {
  const quote = Array.isArray(selectors) ? selectors.find((s) => s?.type === "TextQuoteSelector") : undefined;
  return { prefix: String(quote?.prefix ?? ""), suffix: String(quote?.suffix ?? "") };
}

// Pure: the claim as approved, in the shape readers and the public exports consume.
export function buildPublicationSnapshot(source: SnapshotSource): PublicationSnapshot {
  if (!source.verdict) throw new Error("A claim without a verdict cannot be published.");
  const { option, rationale, author } = source.verdict;
  const translations = readOptionTranslations(option.translations);
  return {
    versionId: source.versionId,
    quote: source.quote,
    ...contextOf(source.selectors),
    start: source.start,
    end: source.end,
    claimant: source.claimant,
    claimDate: isoDate(source.claimDate),
    claimContext: source.claimContext,
    verdict: {
      label: option.label,
      description: option.description,
      colour: option.colour,
      value: option.value,
      rationale,
      author: author.name,
      bestRating: Math.max(...source.scaleValues),
      worstRating: Math.min(...source.scaleValues),
      ...(Object.keys(translations).length > 0 ? { translations } : {}),
    },
    citations: source.citations.map((c) => ({ ...c, accessedAt: isoDate(c.accessedAt), saidAt: isoDate(c.saidAt) })),
    reviewers: [...new Set(source.reviewers)],
    approvers: [...new Set(source.approvers)],
  };
}
