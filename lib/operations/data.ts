import "server-only";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

/**
 * The demo accounts (README: known e-mail addresses and password) that can still sign in to an organization here.
 * An account without a membership opens nothing (lib/auth/viewer.ts), so removing the member is enough.
 */
export async function findDemoAccountEmails(): Promise<string[]> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, memberships: { some: {} } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return users.map((u) => u.email);
}
