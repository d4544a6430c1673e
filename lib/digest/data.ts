import "server-only";
import { db } from "@/lib/db";

export async function loadEmailDigestSetting(viewer: { userId: string; orgId: string }): Promise<boolean> {
  const membership = await db.membership.findFirst({
    where: { userId: viewer.userId, orgId: viewer.orgId },
    select: { emailDigest: true },
  });
  return membership?.emailDigest ?? false;
}
