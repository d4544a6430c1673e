import { z } from "zod";

// The article's details as readers see them: frozen when an editor publishes, like the text and the claims.
export const publishedMetaSchema = z.object({
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  originalPublishedAt: z.string().nullable(),
  originalUrl: z.string().nullable(),
  // snapshots taken before articles had a language have none: readers get no language rather than an unapproved one
  language: z.string().nullable().default(null),
  // the interface language of the reader page and embed (en, es, ar); null (and snapshots taken before articles had
  // one) follow the organization's public language
  readerLanguage: z.string().nullable().default(null),
});
export type PublishedMeta = z.infer<typeof publishedMetaSchema>;
/** The columns of those details, for every query that shows or publishes them (a Prisma `select`). */
export const articleDetailsSelect = {
  title: true,
  outlet: true,
  author: true,
  originalPublishedAt: true,
  originalUrl: true,
  language: true,
  readerLanguage: true,
} as const;

type LiveMeta = {
  title: string;
  outlet: string | null;
  author: string | null;
  originalPublishedAt: Date | null;
  originalUrl: string | null;
  language: string | null;
  readerLanguage: string | null;
};

export function toPublishedMeta(a: LiveMeta): PublishedMeta {
  return {
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    originalPublishedAt: a.originalPublishedAt?.toISOString() ?? null,
    originalUrl: a.originalUrl,
    language: a.language,
    readerLanguage: a.readerLanguage,
  };
}

/** What readers see: the published details, or (for a row published before they were kept) the live ones. */
export function readerMeta(published: unknown, live: LiveMeta): LiveMeta {
  const parsed = publishedMetaSchema.safeParse(published);
  if (!parsed.success) return live;
  const m = parsed.data;
  return {
    title: m.title,
    outlet: m.outlet,
    author: m.author,
    originalPublishedAt: m.originalPublishedAt ? new Date(m.originalPublishedAt) : null,
    originalUrl: m.originalUrl,
    language: m.language,
    readerLanguage: m.readerLanguage,
  };
}

const LABELS: Record<keyof PublishedMeta, string> = {
  title: "title",
  outlet: "outlet",
  author: "author",
  originalPublishedAt: "original date",
  originalUrl: "original address",
  language: "language",
  readerLanguage: "reader page language",
};

/**
 * The article details that would change for readers, old beside new (none on a first publication). Languages stay
 * codes ("" for the organization's language): the publish dialog names them in the editor's language.
 */
export function compareMeta(
  before: PublishedMeta | null,
  after: PublishedMeta,
): { field: string; before: string; after: string }[] {
  if (!before) return [];
  return (Object.keys(LABELS) as (keyof PublishedMeta)[])
    .filter((k) => (before[k] ?? "") !== (after[k] ?? ""))
    .map((k) => {
      const show = (v: string | null) => (k === "originalPublishedAt" ? (v ?? "").slice(0, 10) : (v ?? ""));
      return { field: LABELS[k], before: show(before[k]), after: show(after[k]) };
    });
}
