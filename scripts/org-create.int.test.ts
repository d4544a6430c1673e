import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { withTestDatabase } from "@/test/support/test-database-per-file";

// `npm run org:create` as a shell runs it (tsx, the real script), against this file's own schema.

const t = withTestDatabase();
const ROOT = path.resolve(import.meta.dirname, "..");

function orgCreate(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--conditions=react-server", path.join(ROOT, "scripts/org-create.ts"), ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: t.url,
          PUBLIC_BASE_URL: "https://desk.example.org",
          DATABASE_POOL_SIZE: "1",
        },
      },
    );
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run org:create", () => {
  it("creates the organization and prints a one-time admin link; the same slug again fails with a clear message", async () => {
    const first = await orgCreate(
      "--name",
      "Newsroom Checks",
      "--slug",
      "newsroom",
      "--admin-email",
      "Chief@Newsroom.example",
    );
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const link = first.stdout.match(/https:\/\/desk\.example\.org\/invite\/([A-Za-z0-9_-]{43})/);
    expect(link, first.stdout).not.toBeNull();
    const invitation = await t.db.invitation.findUniqueOrThrow({
      where: { tokenHash: hashOneTimeToken(link![1]) },
      include: { org: true },
    });
    expect(invitation).toMatchObject({
      email: "chief@newsroom.example",
      role: "ADMIN",
      acceptedAt: null,
      org: { slug: "newsroom", name: "Newsroom Checks" },
    });
    expect(await t.db.user.count()).toBe(0); // the admin chooses a password from the link

    const second = await orgCreate(
      "--name",
      "Someone Else",
      "--slug",
      "newsroom",
      "--admin-email",
      "other@newsroom.example",
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("An organization with the slug “newsroom” already exists. Choose another slug.");
    expect(await t.db.organization.count()).toBe(1);
    expect(await t.db.invitation.count()).toBe(1);
  }, 60_000);

  it("names a bad or missing option and exits with 2", async () => {
    const bad = await orgCreate("--name", "X", "--slug", "Not A Slug", "--admin-email", "a@b.example");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--slug: Use lowercase letters, digits and hyphens");
    const missing = await orgCreate("--name", "X");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Usage: npm run org:create");
  }, 60_000);
});
