import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";

// Once an organization exists the instance never needs setup again, so that answer is kept for the process's life
// and costs every later request nothing.
let setUp = false;

export async function isSetupNeeded(): Promise<boolean> {
  if (setUp) return false;
  setUp = (await db.organization.count({ take: 1 })) > 0;
  return !setUp;
}

export type SetupLinkState = "valid" | "unknown" | "used" | "done";

export async function loadSetupLinkState(token: string): Promise<SetupLinkState> {
  if (!(await isSetupNeeded())) return "done";
  if (!isOneTimeTokenShaped(token)) return "unknown";
  const row = await db.setupToken.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { usedAt: true },
  });
  return !row ? "unknown" : row.usedAt ? "used" : "valid";
}
