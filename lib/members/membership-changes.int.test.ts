import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import type { Role } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sessions";
import { changeMemberRole, deactivateMember, reactivateMember, removeMember } from "./membership-changes";
import { resetMemberPassword } from "./mutations";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let counter = 0;
beforeAll(async () => {
  demo = await seedDemoData(t.db);
});

const admin = () => ({ userId: demo.users.ADMIN.id, orgId: demo.orgId });

async function freshMember(role: Role = "REVIEWER") {
  const user = await t.db.user.create({
    data: {
      name: `Member ${++counter}`,
      email: `member-${counter}-${Date.now()}@example.org`,
      passwordHash: "x",
      memberships: { create: { orgId: demo.orgId, role } },
    },
  });
  return user.id;
}
const sessionsOf = (userId: string) => t.db.session.count({ where: { userId } });
const auditOf = (userId: string, action: string) =>
  t.db.auditEvent.findMany({
    where: { entityId: userId, action },
    select: { actorId: true, before: true, after: true },
  });
const activeAdmins = () => t.db.membership.count({ where: { orgId: demo.orgId, role: "ADMIN", deactivatedAt: null } });

describe("changing a member's access", () => {
  it("a role change takes effect, ends the member's sessions and leaves an audit row", async () => {
    const member = await freshMember();
    await startSession(member);
    await startSession(member);
    expect(await changeMemberRole(admin(), { userId: member, role: "EDITOR" })).toEqual({ changed: true });
    expect((await t.db.membership.findFirstOrThrow({ where: { userId: member } })).role).toBe("EDITOR");
    expect(await sessionsOf(member)).toBe(0);
    expect(await auditOf(member, "member.role_changed")).toEqual([
      {
        actorId: demo.users.ADMIN.id,
        before: expect.objectContaining({ role: "REVIEWER" }),
        after: expect.objectContaining({ role: "EDITOR" }),
      },
    ]);
  });

  // Finding 4 (issue 13): an admin's password reset left the member's old sessions working.
  it("an admin's password reset ends the member's sessions; an admin resetting their own keeps the session in use", async () => {
    const member = await freshMember();
    await startSession(member);
    await resetMemberPassword(admin(), { userId: member, password: "a brand new passphrase" });
    expect(await sessionsOf(member)).toBe(0);

    const own = await startSession(demo.users.ADMIN.id);
    const other = await startSession(demo.users.ADMIN.id);
    await resetMemberPassword(
      { ...admin(), sessionId: own },
      { userId: demo.users.ADMIN.id, password: "the admin's new passphrase" },
    );
    expect(await t.db.session.findMany({ where: { userId: demo.users.ADMIN.id }, select: { id: true } })).toEqual([
      { id: own },
    ]);
    expect(other).not.toBe(own);
  });

  it("deactivating ends the sessions and keeps the member listed; reactivating lets them back in; both audited", async () => {
    const member = await freshMember();
    await startSession(member);
    await deactivateMember(admin(), { userId: member });
    expect(await sessionsOf(member)).toBe(0);
    expect((await t.db.membership.findFirstOrThrow({ where: { userId: member } })).deactivatedAt).toBeInstanceOf(Date);
    await reactivateMember(admin(), { userId: member });
    expect((await t.db.membership.findFirstOrThrow({ where: { userId: member } })).deactivatedAt).toBeNull();
    expect(await auditOf(member, "member.deactivated")).toHaveLength(1);
    expect(await auditOf(member, "member.reactivated")).toHaveLength(1);
  });

  it("removing a member ends their sessions, and their past work keeps their name", async () => {
    const member = await freshMember();
    await startSession(member);
    const claim = await t.db.claim.findFirstOrThrow({ where: { orgId: demo.orgId }, select: { id: true } });
    await t.db.comment.create({ data: { claimId: claim.id, authorId: member, body: "Checked the source." } });
    const { name } = await t.db.user.findUniqueOrThrow({ where: { id: member } });
    await removeMember(admin(), { userId: member });
    expect(await t.db.membership.count({ where: { userId: member } })).toBe(0);
    expect(await sessionsOf(member)).toBe(0);
    const comment = await t.db.comment.findFirstOrThrow({
      where: { authorId: member },
      select: { author: { select: { name: true } } },
    });
    expect(comment.author.name).toBe(name);
    expect(await auditOf(member, "member.removed")).toEqual([
      { actorId: demo.users.ADMIN.id, before: expect.objectContaining({ role: "REVIEWER" }), after: null },
    ]);
  });

  it("never touches a member of another organization", async () => {
    const other = await seedDemoData(t.db, { slug: `other-${Date.now()}`, emailDomain: `other-${Date.now()}.example` });
    const theirAdmin = { userId: other.users.ADMIN.id, orgId: other.orgId };
    const member = await freshMember();
    for (const attempt of [
      () => changeMemberRole(theirAdmin, { userId: member, role: "ADMIN" }),
      () => deactivateMember(theirAdmin, { userId: member }),
      () => removeMember(theirAdmin, { userId: member }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.membership.findFirstOrThrow({ where: { userId: member } })).toMatchObject({
      role: "REVIEWER",
      deactivatedAt: null,
    });
  });
});

describe("the last active admin", () => {
  it("cannot be demoted, deactivated or removed", async () => {
    expect(await activeAdmins()).toBe(1);
    const onlyAdmin = demo.users.ADMIN.id;
    const other = await freshMember("ADMIN");
    await deactivateMember(admin(), { userId: other }); // a deactivated admin does not count
    await expect(changeMemberRole(admin(), { userId: onlyAdmin, role: "EDITOR" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only active admin"),
    });
    await expect(deactivateMember({ userId: other, orgId: demo.orgId }, { userId: onlyAdmin })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(removeMember({ userId: other, orgId: demo.orgId }, { userId: onlyAdmin })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await activeAdmins()).toBe(1);
    await removeMember(admin(), { userId: other });
  });

  it("survives two admins demoting, deactivating or removing each other at the same moment", async () => {
    const ops = [
      (a: string, b: string) => changeMemberRole({ userId: a, orgId: demo.orgId }, { userId: b, role: "REVIEWER" }),
      (a: string, b: string) => deactivateMember({ userId: a, orgId: demo.orgId }, { userId: b }),
      (a: string, b: string) => removeMember({ userId: a, orgId: demo.orgId }, { userId: b }),
    ];
    for (const op of ops) {
      const second = await freshMember("ADMIN");
      expect(await activeAdmins()).toBe(2);
      const first = (
        await t.db.membership.findFirstOrThrow({
          where: { orgId: demo.orgId, role: "ADMIN", deactivatedAt: null, userId: { not: second } },
        })
      ).userId;
      const results = await Promise.allSettled([op(first, second), op(second, first)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await activeAdmins()).toBe(1);
      // put the original admin back for the next round
      const survivor = (
        await t.db.membership.findFirstOrThrow({ where: { orgId: demo.orgId, role: "ADMIN", deactivatedAt: null } })
      ).userId;
      if (survivor !== demo.users.ADMIN.id) {
        await t.db.membership.upsert({
          where: { userId_orgId: { userId: demo.users.ADMIN.id, orgId: demo.orgId } },
          create: { userId: demo.users.ADMIN.id, orgId: demo.orgId, role: "ADMIN" },
          update: { role: "ADMIN", deactivatedAt: null },
        });
      }
      await t.db.membership.deleteMany({
        where: { orgId: demo.orgId, userId: { not: demo.users.ADMIN.id }, role: "ADMIN" },
      });
      await t.db.membership.updateMany({ where: { userId: second }, data: { role: "REVIEWER" } });
    }
  });
});
