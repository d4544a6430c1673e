import { parsePublicationSnapshot, type PublicationSnapshot } from "@/lib/publishing/snapshot";

export type PublicClaim = PublicationSnapshot & {
  id: string;
  publishedAt: string;
  firstPublishedAt: string;
  corrections: { note: string; at: string }[];
};

type Row = {
  id: string;
  publications: { snapshot: unknown; correctionNote: string | null; publishedAt: Date }[]; // newest first
};

// Pure: the claims a reader may see on the published version. A claim is shown only from its latest approved
// snapshot, and only when that snapshot was taken on that very version. The live claim's state plays no part:
// publishing alone changes what readers see (lib/publishing/plan-publication.ts).
export function selectPublicClaims(publishedVersionId: string, rows: Row[]): PublicClaim[] {
  const claims: PublicClaim[] = [];
  for (const row of rows) {
    if (row.publications.length === 0) continue;
    const latest = row.publications[0];
    const snapshot = parsePublicationSnapshot(latest.snapshot);
    if (snapshot.versionId !== publishedVersionId) continue;
    claims.push({
      ...snapshot,
      id: row.id,
      publishedAt: snapshot.approvedAt ?? latest.publishedAt.toISOString(),
      firstPublishedAt: row.publications[row.publications.length - 1].publishedAt.toISOString(),
      corrections: row.publications
        .filter((p) => p.correctionNote)
        .map((p) => ({ note: p.correctionNote!, at: p.publishedAt.toISOString() }))
        .reverse(),
    });
  }
  return claims.sort((a, b) => a.start - b.start || b.end - a.end);
}
