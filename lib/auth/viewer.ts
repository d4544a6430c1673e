import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noteRequestOrganization } from "@/lib/operations/request-context";
import { signedInSession } from "./auth";
import { isSessionCurrent, touchSession } from "./sessions";
import { can, type Permission, type Role } from "./permissions";

export type Viewer = {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: Role;
  /** The server-side session of this request (lib/auth/sessions.ts). */
  sessionId: string;
};

// The session, the user and their membership are read on every request in ONE query (relationJoins), not kept in
// the token: a session that was ended, a deactivated or removed member and a changed role take effect at once.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const signedIn = await signedInSession();
  if (!signedIn) return null;
  const session = await db.session.findUnique({
    where: { id: signedIn.sessionId },
    select: {
      id: true, userId: true, lastSeenAt: true, expiresAt: true,
      user: {
        select: {
          name: true, email: true,
          memberships: {
            where: { deactivatedAt: null }, orderBy: { createdAt: "asc" }, take: 1,
            select: { role: true, org: { select: { id: true, name: true, slug: true } } },
          },
        },
      },
    },
  });
  const now = Date.now();
  if (!session || session.userId !== signedIn.userId || !isSessionCurrent(session, now)) return null;
  const membership = session.user.memberships[0];
  if (!membership) return null;
  await touchSession(session, now);
  noteRequestOrganization(membership.org.id); // for the request log line (scripts/server.mjs)
  return {
    userId: session.userId, name: session.user.name, email: session.user.email, sessionId: session.id,
    orgId: membership.org.id, orgName: membership.org.name, orgSlug: membership.org.slug, role: membership.role,
  };
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; your input is kept.");
  return viewer;
}

export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this. Ask an admin of your organization.");
  return viewer;
}

// For pages: an anonymous visitor goes to sign-in instead of seeing an error.
export async function requirePageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return viewer;
}
