import "server-only";
import { db } from "@/lib/db";

export async function findMembersOfOrg(orgId: string) {
  const rows = await db.membership.findMany({
    where: { orgId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: {
      role: true,
      createdAt: true,
      deactivatedAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: r.role,
    joinedAt: r.createdAt,
    deactivatedAt: r.deactivatedAt,
  }));
}

// Everyone who can be assigned a claim or mentioned in a discussion, by name (a deactivated member cannot).
export async function findMembersForPicker(orgId: string) {
  const rows = await db.membership.findMany({
    where: { orgId, deactivatedAt: null },
    orderBy: [{ user: { name: "asc" } }, { createdAt: "asc" }],
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role }));
}
