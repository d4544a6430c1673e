import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/database";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let db: PrismaClient;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  process.env.DATABASE_URL = t.url;
});
afterAll(() => t.drop());

describe("GET /api/health", () => {
  it("answers 200 without touching anything", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

// One file, in order: the migration check is cached once it has passed, as it is in a running server.
describe("GET /api/ready", () => {
  it("is 503 naming the first missing migration while a committed migration is not applied", async () => {
    const [last] = await db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${last.migration_name}`;
    const res = await ready();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({
      status: "unavailable",
      reason: "MIGRATIONS_PENDING",
      message: expect.stringContaining(last.migration_name),
    });
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${last.migration_name}`;
  });

  it("is 503 on a database where nothing was migrated", async () => {
    await db.$executeRaw`ALTER TABLE _prisma_migrations RENAME TO _prisma_migrations_away`;
    try {
      const res = await ready();
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ reason: "MIGRATIONS_PENDING" });
    } finally {
      await db.$executeRaw`ALTER TABLE _prisma_migrations_away RENAME TO _prisma_migrations`;
    }
  });

  it("is 200 once every migration is applied", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });
});
