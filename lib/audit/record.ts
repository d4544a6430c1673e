import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  orgId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  claimId?: string | null;
  articleId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

// Always called with the transaction of the change it records, so history and data never disagree.
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: event });
}
