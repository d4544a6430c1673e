import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Shared by the app (lib/db.ts), the seed command and the tests. Honours Prisma's `?schema=` URL parameter.
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const url = new URL(connectionString);
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  const adapter = new PrismaPg({ connectionString: url.toString(), max, connectionTimeoutMillis: 5000 }, schema ? { schema } : undefined);
  return new PrismaClient({ adapter });
}
