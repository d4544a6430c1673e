import { describeCitationKind, describeExpert, describeSource, formatDisplayDate } from "@/lib/export/display";
import { toIri, trimTrailingSlash } from "@/lib/export/iri";
import { isPublicClaim, type ReportCitation, type ReportClaim, type ReviewReport } from "@/lib/export/report-model";
import { textDirection, toArticleLanguage } from "@/lib/vocabulary/languages";
import { toCodePointOffset } from "@/lib/export/text-offsets";

// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for a published
// claim: the highlighted text is the target, the verdict an "assessing" body,
// the rationale a "describing" body, and every piece of evidence a "linking"
// SpecificResource (its URL) and/or a textual body (who said what).
// Shapes are checked against the W3C test-suite schemas in web-annotation.test.ts.

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type AnnotationAgent = {
  id?: string;
  type: "Person" | "Organization" | "Software";
  name: string;
  nickname?: string;
  homepage?: string;
};

export type AnnotationTextualBody = {
  type: "TextualBody";
  purpose: "assessing" | "describing" | "commenting";
  value: string;
  format: "text/plain" | "text/markdown";
  language?: string;
  textDirection?: "rtl";
  creator?: AnnotationAgent;
  created?: string;
};

/** The annotated article: its IRI, with its language (and direction, when right-to-left) once the desk knows it. */
export type AnnotationSource = string | { id: string; language: string; textDirection?: "rtl" };

export type AnnotationLinkBody = { type: "SpecificResource"; purpose: "linking"; source: string };

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type WebAnnotation = {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  generated: string;
  creator: AnnotationAgent;
  generator: AnnotationAgent;
  body: Array<AnnotationTextualBody | AnnotationLinkBody>;
  target: { type: "SpecificResource"; source: AnnotationSource; selector: [TextQuoteSelector, TextPositionSelector] };
};

export type AnnotationOptions = {
  /** Base IRI for annotation ids; defaults to the organization's site URL. */
  baseIri?: string;
};

/** The IRI a published claim's annotation is served at: {base}/api/annotations/{articleId}/{claimId}. */
export function buildAnnotationId(report: ReviewReport, claim: ReportClaim, options: AnnotationOptions = {}): string {
  const base = trimTrailingSlash(toIri(options.baseIri ?? report.organization.url));
  return `${base}/api/annotations/${encodeURIComponent(report.article.id)}/${encodeURIComponent(claim.id)}`;
}

function buildEvidenceBodies(citation: ReportCitation): Array<AnnotationTextualBody | AnnotationLinkBody> {
  const bodies: Array<AnnotationTextualBody | AnnotationLinkBody> = [];
  if (citation.url) bodies.push({ type: "SpecificResource", purpose: "linking", source: toIri(citation.url) });
  const quote = citation.quote?.trim();
  if (citation.expert) {
    const expert = citation.expert;
    const creator: AnnotationAgent = { type: "Person", name: expert.name };
    if (expert.profileUrl) creator.homepage = toIri(expert.profileUrl);
    // The expert's words are the expert's comment on the claim, so the expert is the body's creator.
    const who = describeExpert(expert);
    bodies.push({
      type: "TextualBody",
      purpose: "commenting",
      value: quote ? `“${quote}” — ${who}` : who,
      format: "text/plain",
      creator,
    });
  } else if (quote || citation.sourceTitle || citation.publisher) {
    const label = `${describeCitationKind(citation.kind)}: ${describeSource(citation)}`;
    bodies.push({
      type: "TextualBody",
      purpose: "describing",
      value: quote ? `${label}: “${quote}”` : label,
      format: "text/plain",
    });
  }
  return bodies;
}

/**
 * The annotation for one published (or corrected) claim, or null for anything
 * a reader cannot see yet (drafts, claims in review, claims without a verdict).
 */
export function buildAnnotation(
  report: ReviewReport,
  claim: ReportClaim,
  options: AnnotationOptions = {},
): WebAnnotation | null {
  if (!isPublicClaim(claim)) return null;
  const { organization, article } = report;
  const site = trimTrailingSlash(toIri(options.baseIri ?? organization.url));
  const verdict = claim.verdict;

  const body: WebAnnotation["body"] = [
    {
      type: "TextualBody",
      purpose: "assessing",
      value: verdict.label,
      format: "text/plain",
      creator: { type: "Person", name: verdict.author },
    },
  ];
  if (verdict.rationale.trim())
    body.push({ type: "TextualBody", purpose: "describing", value: verdict.rationale, format: "text/markdown" });
  for (const citation of claim.citations) body.push(...buildEvidenceBodies(citation));
  for (const correction of claim.corrections) {
    body.push({
      type: "TextualBody",
      purpose: "describing",
      value: `Correction (${formatDisplayDate(correction.at)}): ${correction.note}`,
      format: "text/plain",
      created: correction.at,
    });
  }

  // The desk writes in the article's language (organizations have no language of their own yet), so the text bodies
  // carry it; the W3C model's textDirection is given only where it is not the default left-to-right.
  const language = toArticleLanguage(article.language);
  const inLanguage = language && {
    language,
    ...(textDirection(language) === "rtl" ? { textDirection: "rtl" as const } : {}),
  };
  if (inLanguage) for (const item of body) if (item.type === "TextualBody") Object.assign(item, inLanguage);
  const sourceIri = toIri(article.originalUrl ?? article.readerUrl);

  const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: claim.quote };
  if (claim.prefix) quote.prefix = claim.prefix;
  if (claim.suffix) quote.suffix = claim.suffix;
  // Positions count code points of our canonical text. Against the original page they are
  // a hint; the quote with its context is what re-anchors reliably (as in Hypothesis).
  const position: TextPositionSelector = {
    type: "TextPositionSelector",
    start: toCodePointOffset(article.text, claim.start),
    end: toCodePointOffset(article.text, claim.end),
  };

  return {
    "@context": ANNOTATION_CONTEXT,
    id: buildAnnotationId(report, claim, options),
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    generated: report.generatedAt,
    creator: {
      id: `${site}/#organization`,
      type: "Organization",
      name: organization.name,
      nickname: organization.slug,
      homepage: toIri(organization.url),
    },
    generator: { id: `${site}/#factdesk`, type: "Software", name: "FactDesk", nickname: "factdesk" },
    body,
    target: {
      type: "SpecificResource",
      source: inLanguage ? { id: sourceIri, ...inLanguage } : sourceIri,
      selector: [quote, position],
    },
  };
}

/** Annotations for every public claim of a report, in document order. */
export function buildAnnotations(report: ReviewReport, options: AnnotationOptions = {}): WebAnnotation[] {
  return report.claims.flatMap((claim) => buildAnnotation(report, claim, options) ?? []);
}
