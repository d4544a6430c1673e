import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

// signedInSession() reads the session cookie the way Auth.js writes it. An integration test only because next-auth
// must be loaded the way the app loads it (inlined by Vite); it needs no database.
const SECRET = "signed-in-user-test-secret-0123456789abcdef";
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.hoisted(() => {
  process.env.AUTH_SECRET = "signed-in-user-test-secret-0123456789abcdef";
});
const { signedInSession } = await import("./auth");

const cookieOf = async (
  name: string,
  token: Record<string, unknown>,
  options: { secret?: string; maxAge?: number } = {},
) => `${name}=${await encode({ token, secret: options.secret ?? SECRET, salt: name, maxAge: options.maxAge })}`;

describe("signedInSession", () => {
  beforeEach(() => {
    request.headers = new Headers();
  });

  it("reads the user from Auth.js's session cookie, on http and (with the __Secure- name) behind https", async () => {
    request.headers.set(
      "cookie",
      `theme=dark; ${await cookieOf("authjs.session-token", { uid: "user-1", sid: "session-1" })}`,
    );
    expect(await signedInSession()).toEqual({ userId: "user-1", sessionId: "session-1" });
    request.headers.set("cookie", await cookieOf("__Secure-authjs.session-token", { uid: "user-2", sid: "session-2" }));
    expect(await signedInSession()).toEqual({ userId: "user-2", sessionId: "session-2" });
  });

  it("refuses a cookie made with another secret, one renamed from the other cookie, an expired one, or a tampered one", async () => {
    request.headers.set(
      "cookie",
      await cookieOf(
        "authjs.session-token",
        { uid: "user-1", sid: "session-1" },
        { secret: "another-secret-of-enough-length-0123456789" },
      ),
    );
    expect(await signedInSession()).toBeNull();
    // the cookie name is the key derivation's salt: a token cannot move between the two names
    const secure = await cookieOf("__Secure-authjs.session-token", { uid: "user-1", sid: "session-1" });
    request.headers.set("cookie", secure.replace("__Secure-authjs.session-token", "authjs.session-token"));
    expect(await signedInSession()).toBeNull();
    request.headers.set(
      "cookie",
      await cookieOf("authjs.session-token", { uid: "user-1", sid: "session-1" }, { maxAge: -60 }),
    );
    expect(await signedInSession()).toBeNull();
    const good = await cookieOf("authjs.session-token", { uid: "user-1", sid: "session-1" });
    request.headers.set("cookie", good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));
    expect(await signedInSession()).toBeNull();
  });

  it("has no user without a cookie, with a token lacking the user id, or with only a bearer token", async () => {
    expect(await signedInSession()).toBeNull();
    request.headers.set("cookie", await cookieOf("authjs.session-token", { name: "no uid" }));
    expect(await signedInSession()).toBeNull();
    // a cookie from before server-side sessions names no session: it is refused, not taken for its user
    request.headers.set("cookie", await cookieOf("authjs.session-token", { uid: "user-1" }));
    expect(await signedInSession()).toBeNull();
    request.headers = new Headers({
      authorization: `Bearer ${(await cookieOf("authjs.session-token", { uid: "user-1", sid: "session-1" })).split("=")[1]}`,
    });
    expect(await signedInSession()).toBeNull();
  });
});
