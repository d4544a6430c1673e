import "server-only";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

type Model = "Article" | "Claim" | "Verdict" | "RatingOption" | "Citation" | "Expert" | "User";

/** A table for raw SQL. Prisma qualifies its own queries with the `?schema=` of DATABASE_URL (lib/db-client.ts); raw SQL must do the same. */
export function sqlTable(name: Model): Prisma.Sql {
  const schema = new URL(getEnv().DATABASE_URL).searchParams.get("schema");
  const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;
  return Prisma.raw(schema ? `${quote(schema)}.${quote(name)}` : quote(name));
}
