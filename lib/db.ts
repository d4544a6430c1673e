import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

// One client per process (and per hot reload in development), created on first use so `next build` needs no database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const env = getEnv();
    globalForPrisma.prisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, { observeHealth: true });
  }
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, { get: (_t, prop) => Reflect.get(client(), prop) });

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
