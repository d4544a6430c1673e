import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "./database";

// Points the app's `db` (lib/db.ts) at a fresh schema for this test file.
export function withTestDatabase(): { readonly db: PrismaClient; readonly url: string } {
  const holder = {} as { db: PrismaClient; url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(holder, await createTestDatabase());
    (globalThis as { prisma?: PrismaClient }).prisma = holder.db;
  });
  afterAll(async () => {
    (globalThis as { prisma?: PrismaClient }).prisma = undefined;
    await holder.drop?.();
  });
  return holder;
}
