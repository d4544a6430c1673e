import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noteRequestOrganization } from "@/lib/operations/request-context";
import { signedInUserId } from "./auth";
import { can, type Permission, type Role } from "./permissions";

export type Viewer = {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: Role;
};

// The membership is read on every request (not kept in the token) so a removed member or a changed role takes
// effect at once.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await signedInUserId();
  if (!userId) return null;
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, org: { select: { id: true, name: true, slug: true } }, user: { select: { name: true, email: true } } },
  });
  if (!membership) return null;
  noteRequestOrganization(membership.org.id); // for the request log line (scripts/server.mjs)
  return {
    userId, name: membership.user.name, email: membership.user.email,
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
