import { describe, expect, it } from "vitest";
import { isPublicPath } from "./config";
import { can, PERMISSIONS, ROLES } from "./permissions";

describe("isPublicPath", () => {
  it.each([
    "/signin",
    "/r/demo/abc",
    "/reader/reader.js",
    "/api/auth/session",
    "/embed/factdesk.js",
    "/r",
    "/api/public/reviews",
    "/",
    "/api/health",
    "/api/ready",
  ])("%s is public", (p) => {
    expect(isPublicPath(p)).toBe(true);
  });
  it.each(["//", "//articles", "/articles", "/settings/members", "/signinx", "/rx", "/api/articles", "/experts"])(
    "%s needs a session",
    (p) => {
      expect(isPublicPath(p)).toBe(false);
    },
  );
});

describe("permissions", () => {
  it("reserves approving and publishing for editors and admins", () => {
    expect(can("REVIEWER", "claim.approve")).toBe(false);
    expect(can("REVIEWER", "article.publish")).toBe(false);
    expect(can("EDITOR", "claim.approve")).toBe(true);
    expect(can("ADMIN", "article.publish")).toBe(true);
  });
  it("reserves members, scales, settings and tokens for admins", () => {
    for (const p of ["member.manage", "scale.manage", "settings.manage", "token.manage"] as const) {
      expect(ROLES.filter((r) => can(r, p))).toEqual(["ADMIN"]);
    }
  });
  it("gives every permission to admins", () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) expect(can("ADMIN", p)).toBe(true);
  });
});
