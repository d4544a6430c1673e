import "server-only";
import { db } from "@/lib/db";
import { hashApiToken } from "./token";

export type ApiTokenRow = {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdByName: string;
};

// Never selects tokenHash: the list page has no use for it.
export async function findApiTokensOfOrg(orgId: string): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({
    where: { orgId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy.name }));
}

/** Who a request speaks for: the token's organization, and the member who created it (author of anything it writes). */
export type ApiTokenPrincipal = { id: string; orgId: string; name: string; createdById: string };

/** The unrevoked token with this value, or null. */
export async function findActiveApiToken(token: string): Promise<ApiTokenPrincipal | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, orgId: true, name: true, createdById: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return { id: row.id, orgId: row.orgId, name: row.name, createdById: row.createdById };
}
