import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { findSessionViewer, startSession } from "@/lib/auth/sessions";
import { setInterfaceLanguage } from "./interface-language";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
beforeAll(async () => {
  demo = await seedDemoData(t.db);
});

describe("a member's interface language", () => {
  it("is stored on the member, read with their session, audited once per change, and cleared back to the browser's", async () => {
    const reviewer = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
    const sessionId = await startSession(reviewer.userId);
    expect((await findSessionViewer(sessionId))?.interfaceLanguage).toBeNull();

    await setInterfaceLanguage(reviewer, "ar");
    await setInterfaceLanguage(reviewer, "ar"); // no change, no second audit row
    expect((await findSessionViewer(sessionId))?.interfaceLanguage).toBe("ar");
    await setInterfaceLanguage(reviewer, null);
    expect((await findSessionViewer(sessionId))?.interfaceLanguage).toBeNull();

    const audit = await t.db.auditEvent.findMany({
      where: { entityId: reviewer.userId, action: "member.interface_language_changed" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      { actorId: reviewer.userId, before: { interfaceLanguage: null }, after: { interfaceLanguage: "ar" } },
      { actorId: reviewer.userId, before: { interfaceLanguage: "ar" }, after: { interfaceLanguage: null } },
    ]);
    // other members are untouched
    expect((await t.db.user.findUniqueOrThrow({ where: { id: demo.users.EDITOR.id } })).interfaceLanguage).toBeNull();
  });

  it("the database refuses a language FactDesk does not ship, whatever writes it", async () => {
    await expect(
      t.db.user.update({ where: { id: demo.users.EDITOR.id }, data: { interfaceLanguage: "fr" } }),
    ).rejects.toThrow(/interfaceLanguage_check|check constraint/i);
    await expect(
      t.db.organization.update({ where: { id: demo.orgId }, data: { publicLanguage: "xx" } }),
    ).rejects.toThrow(/publicLanguage_check|check constraint/i);
  });
});
