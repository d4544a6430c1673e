import { afterAll, beforeAll, inject } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "./database";

// Points the app's `db` (lib/db.ts) at a fresh schema for this test file. On the embedded database (no
// DATABASE_URL in the environment) the file's URL also becomes DATABASE_URL, which the app's configuration needs.
export function withTestDatabase(): { readonly db: PrismaClient; readonly url: string } {
  const holder = {} as { db: PrismaClient; url: string; drop: () => Promise<void> };
  const embedded = inject("embeddedDatabase");
  beforeAll(async () => {
    Object.assign(holder, await createTestDatabase());
    (globalThis as { prisma?: PrismaClient }).prisma = holder.db;
    if (embedded) process.env.DATABASE_URL = holder.url;
  });
  afterAll(async () => {
    if (embedded) delete process.env.DATABASE_URL;
    (globalThis as { prisma?: PrismaClient }).prisma = undefined;
    await holder.drop?.();
  });
  return holder;
}
