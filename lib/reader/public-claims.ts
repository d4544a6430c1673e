import { parsePublicationSnapshot, type PublicationSnapshot } from "@/lib/publishing/snapshot";

export type PublicClaim = PublicationSnapshot & { id: string; publishedAt: string; firstPublishedAt: string; corrections: { note: string; at: string }[] };

type Row = {
  id: string; needsReanchor: boolean; deletedAt: Date | null;
  publications: { snapshot: unknown; correctionNote: string | null; publishedAt: Date }[]; // newest first
};

// Pure: the claims a reader may see on the published version. A claim is shown only from an approved snapshot
// taken on that very version, and never while it is flagged for re-anchoring or deleted.
export function selectPublicClaims(publishedVersionId: string, rows: Row[]): PublicClaim[] {
  const claims: PublicClaim[] = [];
  for (const row of rows) {
    if (row.deletedAt || row.needsReanchor || row.publications.length === 0) continue;
    const latest = row.publications[0];
    const snapshot = parsePublicationSnapshot(latest.snapshot);
    if (snapshot.versionId !== publishedVersionId) continue;
    claims.push({
      ...snapshot, id: row.id, publishedAt: latest.publishedAt.toISOString(),
      firstPublishedAt: row.publications[row.publications.length - 1].publishedAt.toISOString(),
      corrections: row.publications.filter((p) => p.correctionNote).map((p) => ({ note: p.correctionNote!, at: p.publishedAt.toISOString() })).reverse(),
    });
  }
  return claims.sort((a, b) => a.start - b.start || b.end - a.end);
}
