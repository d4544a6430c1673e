import { beforeEach, describe, expect, it, vi } from "vitest";

// The sign-in pages' language menu: the action keeps the visitor's choice in their own cookie (bounded, validated,
// SameSite=Lax, a year), and the request's language follows it; without it, the browser's Accept-Language.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  jar: new Map<string, { value: string; options: Record<string, unknown> }>(),
}));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) =>
      request.jar.set(name, { value, options }),
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => null,
  requireViewer: async () => {
    throw new Error("not signed in");
  },
  requirePermission: async () => {
    throw new Error("not signed in");
  },
}));
const { setVisitorLanguageAction } = await import("./actions");
const { requestLocale } = await import("./request-locale");

const form = (language: string) => {
  const data = new FormData();
  data.set("language", language);
  return data;
};

beforeEach(() => {
  request.headers = new Headers();
  request.jar.clear();
});

describe("a visitor's interface language", () => {
  it("follows Accept-Language without a choice", async () => {
    request.headers.set("accept-language", "es-MX,es;q=0.9,en;q=0.5");
    expect(await requestLocale()).toBe("es");
  });

  it("is kept in the factdesk-locale cookie for a year, SameSite=Lax, and wins over Accept-Language", async () => {
    request.headers.set("accept-language", "es");
    expect(await setVisitorLanguageAction(null, form("ar"))).toEqual({ ok: true, data: { language: "ar" } });
    const cookie = request.jar.get("factdesk-locale");
    expect(cookie).toMatchObject({
      value: "ar",
      options: { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 },
    });
    expect(await requestLocale()).toBe("ar");
  });

  it("refuses anything but a shipped language, and sets nothing", async () => {
    for (const bad of ["fr", "", "ar; Path=/admin", "x".repeat(10_000)]) {
      const result = await setVisitorLanguageAction(null, form(bad));
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(request.jar.size).toBe(0);
  });
});
