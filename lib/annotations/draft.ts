import { describeRange } from "@/lib/anchoring/anchor";
import type { TextQuoteSelector } from "@/lib/anchoring/selectors";
import { ANNOTATION_CONTEXT } from "@/lib/export/web-annotation";
import { toCodePointOffset } from "@/lib/export/text-offsets";
import { computeEtag } from "./etag";

// Pure: what the server answers about an annotation that became a draft claim. A draft is not public, so
// GET on its IRI is 404 until the desk publishes it; only the POST (and PUT) responses show this shape.

export const DRAFT_STATUS = "draft, awaiting review";

/**
 * Drafts have no public representation to hash, so their validator is the claim's optimistic-lock version:
 * any change by the desk (verdict, re-anchoring, deletion) bumps it, and a client's If-Match then fails.
 */
export function computeDraftEtag(claimId: string, lockVersion: number): string {
  return computeEtag(`draft:${claimId}:${lockVersion}`);
}

export type DraftAnnotationInput = {
  iri: string;
  /** The annotated document: the original article URL, else our reader page. */
  source: string;
  /** The article version text the claim is anchored in, and its UTF-16 range there. */
  text: string;
  start: number;
  end: number;
  created: Date;
  modified: Date;
  /** The reviewer comment the annotation's bodies became, if any. */
  comment: string | null;
  /** The id the client gave the annotation, kept as `via` (the protocol asks servers to assign their own). */
  via: string | null;
  status?: string;
};

export function buildDraftAnnotation(input: DraftAnnotationInput) {
  const [quote] = describeRange(input.text, input.start, input.end) as [TextQuoteSelector, ...unknown[]];
  return {
    "@context": ANNOTATION_CONTEXT,
    id: input.iri,
    type: "Annotation",
    ...(input.via ? { via: input.via } : {}),
    created: input.created.toISOString(),
    modified: input.modified.toISOString(),
    status: input.status ?? DRAFT_STATUS,
    ...(input.comment
      ? { body: { type: "TextualBody", purpose: "commenting", value: input.comment, format: "text/plain" } }
      : {}),
    target: {
      type: "SpecificResource",
      source: input.source,
      selector: [
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        {
          type: "TextPositionSelector",
          start: toCodePointOffset(input.text, input.start),
          end: toCodePointOffset(input.text, input.end),
        },
      ],
    },
  };
}
