import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { createArticleAction } from "@/lib/articles/actions";
import { form } from "@/test/support/action-calls";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { createWorld, unique, type World } from "@/test/support/test-world";

// Issue 20: a member reads refusals in their interface language. Server actions (runAction) render the AppError's
// key and a form's field errors in the language the request config picks (lib/members/request-locale.ts): the
// member's own choice, here stored on the user as the settings page stores it. Without a choice, English.

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "error-language-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("@/test/support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("@/test/support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("@/test/support/request-mocks")).noCacheModule());

const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  w = await createWorld(t.db);
}, 120_000);

async function speak(member: "REVIEWER" | "ADMIN", language: "es" | "ar" | null) {
  await t.db.user.update({ where: { id: w.ours.users[member].id }, data: { interfaceLanguage: language } });
}
const untitled = () => createArticleAction(null, form({ source: "paste", title: "", content: "Some words to check." }));
const token = (name: string) => createApiTokenAction(null, form({ name }));

describe("error messages in the member's interface language", () => {
  it("a form's field errors and its notice, in Spanish, Arabic and (by default) English", async () => {
    await w.signIn("reviewer");
    await speak("REVIEWER", "es");
    expect(await untitled()).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "Ponle un título al artículo.",
      fieldErrors: { title: "Ponle un título al artículo." },
    });

    await speak("REVIEWER", "ar");
    expect(await untitled()).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "أعطِ المقالة عنوانًا.",
      fieldErrors: { title: "أعطِ المقالة عنوانًا." },
    });

    await speak("REVIEWER", null);
    expect(await untitled()).toMatchObject({ code: "INVALID", fieldErrors: { title: "Give the article a title." } });
  });

  it("a domain refusal (AppError) with its values, in the member's language; the code stays", async () => {
    await w.signIn("reviewer");
    await speak("REVIEWER", "es");
    expect(await token("Not allowed")).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Tu rol no permite esto. Pídeselo a un administrador de tu organización.",
    });

    await w.signIn("admin");
    const name = unique("Newsroom app");
    expect((await token(name)).ok).toBe(true);
    await speak("ADMIN", "ar");
    const taken = await token(name);
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT", details: { field: "name" } });
    expect(!taken.ok && taken.message).toBe(`يوجد رمز نشط باسم «${name}». اختر اسمًا آخر أو ألغِ ذلك الرمز أولًا.`);

    await speak("ADMIN", null);
    expect(await token(name)).toMatchObject({
      code: "CONFLICT",
      message: `A token named “${name}” is already active. Choose another name or revoke that one first.`,
    });
  });
});
