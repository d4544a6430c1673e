/**
 * Reads other fact-checkers' schema.org ClaimReview documents: a single ClaimReview, a list, a JSON-LD `@graph`, or a
 * DataFeed whose `dataFeedElement`s are ClaimReviews or DataFeedItems holding them (Google's fact-check markup feed
 * and our own /feeds/<org>/claimreview). Pure: no I/O. Every review is checked field by field; a review that lacks
 * what "Already checked" needs (its URL, the claim, a rating) is skipped with the reason, never half-stored.
 */
import { z } from "zod";
import { hasBadCharacter } from "@/lib/validation/text";
import { issueEnglish } from "@/lib/validation/issue-text";
import { englishError, errorText, type ErrorText } from "@/lib/i18n/error-text";

export const MAX_CLAIM_REVIEW_FILE_BYTES = 6 * 1024 * 1024;
export const MAX_REVIEWS_PER_IMPORT = 20_000;
// How deep the walk looks for reviews inside a document (feed → item → review is 3).
const MAX_WALK_DEPTH = 6;

export type ExternalReviewInput = {
  url: string;
  publisher: string;
  claimText: string;
  rating: string;
  claimant: string | null;
  reviewedAt: Date | null;
};
export type ClaimReviewParse = {
  reviews: ExternalReviewInput[];
  skipped: { index: number; reason: string }[];
  nextPage: string | null;
};

// no NUL and no lone surrogate (lib/validation/text.ts: what PostgreSQL and every later reader would choke on)
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasBadCharacter(s), "contains characters that are not text");
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), "is not an http(s) URL");
const named = z
  .union([text(300), z.object({ name: text(300) }).passthrough()])
  .transform((v) => (typeof v === "string" ? v : v.name));
const first = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([
    schema,
    z
      .array(schema)
      .min(1)
      .transform((a) => a[0]),
  ]);
const isoDate = z
  .string()
  .trim()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), "is not a date")
  .transform((s) => new Date(s));

const claimReviewSchema = z
  .object({
    url: httpUrl,
    claimReviewed: text(2000),
    reviewRating: first(
      z
        .object({
          alternateName: text(200).optional(),
          ratingValue: z.union([z.number(), text(20)]).optional(),
          name: text(200).optional(),
        })
        .passthrough(),
    ).refine(
      (r) => r.alternateName ?? r.name ?? r.ratingValue !== undefined,
      "has no alternateName, name or ratingValue",
    ),
    author: first(named).optional(),
    publisher: first(named).optional(),
    datePublished: isoDate.optional(),
    itemReviewed: z
      .object({ author: first(named).optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

const typesOf = (node: Record<string, unknown>) =>
  [node["@type"]]
    .flat()
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ""));

/** Every object in the document that says it is a ClaimReview, in document order, looking through feeds and graphs. */
function collectReviewNodes(value: unknown, depth: number, out: unknown[]) {
  if (depth > MAX_WALK_DEPTH || out.length > MAX_REVIEWS_PER_IMPORT) return;
  if (Array.isArray(value)) {
    for (const item of value) collectReviewNodes(item, depth + 1, out);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  if (typesOf(node).includes("ClaimReview")) return void out.push(node);
  for (const key of ["@graph", "dataFeedElement", "item", "hasPart", "review"])
    if (key in node) collectReviewNodes(node[key], depth + 1, out);
}

function nextPageOf(doc: unknown): string | null {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return null;
  const view = (doc as Record<string, unknown>)["hydra:view"] as Record<string, unknown> | undefined;
  const next = view?.["hydra:next"];
  const href = typeof next === "string" ? next : (next as { "@id"?: unknown } | undefined)?.["@id"];
  return typeof href === "string" && httpUrl.safeParse(href).success ? href : null;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join(".") || "review"} ${issueEnglish(issue)}`;
}

export function parseClaimReviews(json: string): ClaimReviewParse {
  if (json.length > MAX_CLAIM_REVIEW_FILE_BYTES)
    throw new ClaimReviewImportError(
      errorText("claimFinder.documentTooBig", { limit: MAX_CLAIM_REVIEW_FILE_BYTES / 1024 / 1024 }),
    );
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new ClaimReviewImportError(errorText("claimFinder.notJson"));
  }
  const nodes: unknown[] = [];
  collectReviewNodes(doc, 0, nodes);
  if (nodes.length > MAX_REVIEWS_PER_IMPORT)
    throw new ClaimReviewImportError(errorText("claimFinder.tooManyReviews", { limit: MAX_REVIEWS_PER_IMPORT }));
  if (nodes.length === 0) throw new ClaimReviewImportError(errorText("claimFinder.noReviews"));
  const reviews: ExternalReviewInput[] = [];
  const skipped: ClaimReviewParse["skipped"] = [];
  nodes.forEach((node, index) => {
    const parsed = claimReviewSchema.safeParse(node);
    if (!parsed.success) return void skipped.push({ index, reason: describe(parsed.error) });
    const r = parsed.data;
    const rating = r.reviewRating.alternateName ?? r.reviewRating.name ?? String(r.reviewRating.ratingValue);
    reviews.push({
      url: r.url,
      claimText: r.claimReviewed,
      rating,
      publisher: r.publisher ?? r.author ?? new URL(r.url).hostname,
      claimant: r.itemReviewed?.author ?? null,
      reviewedAt: r.datePublished ?? null,
    });
  });
  return { reviews, skipped, nextPage: nextPageOf(doc) };
}

export class ClaimReviewImportError extends Error {
  constructor(readonly text: ErrorText) {
    super(englishError(text.key, text.values));
    this.name = "ClaimReviewImportError";
  }
}
