import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Runs one read with PostgreSQL's JIT compiler off. A list query over tens of thousands of rows (every claim in review,
// a word found in most claims) crosses jit_above_cost, and compiling the plan then costs more than running it: 0.9 s
// of 1.6 s for My work's review list with 66,667 claims (EXPLAIN ANALYZE). SET LOCAL lasts for this transaction only;
// the timeout is the pool's query timeout (lib/db-client.ts), not Prisma's 5 s default for transactions.
export async function queryWithoutJit<T>(query: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, query], { timeout: 60_000 });
  return result;
}
