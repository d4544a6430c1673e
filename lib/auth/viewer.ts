import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { noteRequestOrganization } from "@/lib/operations/request-context";
import { signedInSession } from "./auth";
import { findSessionViewer, isSessionCurrent, touchSession } from "./sessions";
import { can, type Permission, type Role } from "./permissions";

export type Viewer = {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: Role;
  /** The member's own interface language, or null to follow their browser (lib/i18n/locales.ts). */
  interfaceLanguage: InterfaceLocale | null;
  /** The server-side session of this request (lib/auth/sessions.ts). */
  sessionId: string;
};

// The session, the user and their active membership are read on every request in ONE query, not kept in the token:
// a session that was ended, a deactivated or removed member and a changed role take effect at once.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const signedIn = await signedInSession();
  if (!signedIn) return null;
  const row = await findSessionViewer(signedIn.sessionId);
  const now = Date.now();
  if (!row || row.userId !== signedIn.userId || !isSessionCurrent(row, now)) return null;
  await touchSession(row, now);
  noteRequestOrganization(row.orgId); // for the request log line (scripts/server.mjs)
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    sessionId: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    orgSlug: row.orgSlug,
    role: row.role,
    interfaceLanguage: isInterfaceLocale(row.interfaceLanguage) ? row.interfaceLanguage : null,
  };
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "auth.sessionEnded");
  return viewer;
}

export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.role, permission)) throw new AppError("FORBIDDEN", "auth.forbidden");
  return viewer;
}

// For pages: an anonymous visitor goes to sign-in instead of seeing an error.
export async function requirePageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return viewer;
}
