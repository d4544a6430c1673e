import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { savePublicLanguage } from "./mutations";
import { publicLanguageSchema } from "./schema";

// Settings → Public pages and embed: the organization's public language, validated and audited.
const t = withTestDatabase();
let org: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  org = await seedDemoData(t.db);
});

describe("the organization's public language", () => {
  it("accepts only the shipped languages", () => {
    expect(publicLanguageSchema.parse({ language: "ar" })).toEqual({ language: "ar" });
    for (const language of ["fr", "", "AR", "en-GB", null])
      expect(publicLanguageSchema.safeParse({ language }).success).toBe(false);
  });

  it("is saved for the admin's own organization with an audit row of before and after", async () => {
    const admin = { userId: org.users.ADMIN.id, orgId: org.orgId };
    expect(await savePublicLanguage(admin, { language: "es" })).toEqual({ language: "es" });
    await savePublicLanguage(admin, { language: "ar" });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.orgId } })).publicLanguage).toBe("ar");
    const audits = await t.db.auditEvent.findMany({
      where: { orgId: org.orgId, action: "public_language.saved" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => [a.actorId, a.before, a.after])).toEqual([
      [org.users.ADMIN.id, { language: "en" }, { language: "es" }],
      [org.users.ADMIN.id, { language: "es" }, { language: "ar" }],
    ]);
  });
});
