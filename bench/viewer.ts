// What the per-request viewer read costs (issue 13): the server-side session check (findSessionViewer: session,
// user and active membership in one statement) against the membership-only read it replaced and against the same
// rows read through Prisma's relation joins, on the same database,
// with 2,000 sessions of 200 users in the table. Prints wall time per read (p50/p95) and the client's CPU per read.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk_bench \
//          node scripts/with-db.mjs tsx --conditions=react-server bench/viewer.ts [-- --reads 2000]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { findSessionViewer } from "@/lib/auth/sessions";
import { summarize } from "./stats";

const { values: args } = parseArgs({ options: { reads: { type: "string", default: "2000" } } });
const reads = Number(args.reads);
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db; // lib/db.ts (findSessionViewer) uses this client
const slug = `bench-viewer-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const users = await db.user.createManyAndReturn({
  data: Array.from({ length: 200 }, (_, i) => ({
    name: `Viewer ${i}`,
    email: `viewer-${i}@${slug}.example`,
    passwordHash: "x",
  })),
  select: { id: true },
});
await db.membership.createMany({
  data: users.map((u) => ({ userId: u.id, orgId: demo.orgId, role: "REVIEWER" as const })),
});
const expiresAt = new Date(Date.now() + 86_400_000);
await db.session.createMany({
  data: users.flatMap((u, i) =>
    Array.from({ length: 10 }, (_, k) => ({ id: `${slug}-${i}-${k}`, userId: u.id, expiresAt })),
  ),
});

// the read before server-side sessions (main before issue 13)
const membershipRead = (userId: string) =>
  db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      org: { select: { id: true, name: true, slug: true } },
      user: { select: { name: true, email: true } },
    },
  });
// what lib/auth/viewer.ts first read: the same rows through Prisma's relation joins
const sessionReadPrisma = (sessionId: string) =>
  db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      userId: true,
      lastSeenAt: true,
      expiresAt: true,
      user: {
        select: {
          name: true,
          email: true,
          memberships: {
            where: { deactivatedAt: null },
            orderBy: { createdAt: "asc" },
            take: 1,
            select: { role: true, org: { select: { id: true, name: true, slug: true } } },
          },
        },
      },
    },
  });

async function measure(name: string, read: (i: number) => Promise<unknown>) {
  for (let i = 0; i < reads / 4; i++) await read(i); // warm-up
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < reads; i++) {
    const t = performance.now();
    if (!(await read(i))) throw new Error(`${name}: nothing found`);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const s = summarize(times);
  console.log(
    `${name.padEnd(38)} p50 ${s.p50.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  client CPU ${((cpu.user + cpu.system) / 1000 / reads).toFixed(3)} ms/read`,
  );
}

try {
  console.log(`${reads} sequential reads each, after ${reads / 4} to warm up\n`);
  for (let round = 0; round < 2; round++) {
    await measure("membership read (before)", (i) => membershipRead(users[i % users.length].id));
    await measure("session read, Prisma relation joins", (i) =>
      sessionReadPrisma(`${slug}-${i % users.length}-${i % 10}`),
    );
    await measure("session read (now, findSessionViewer)", (i) =>
      findSessionViewer(`${slug}-${i % users.length}-${i % 10}`),
    );
  }
} finally {
  await db.organization.delete({ where: { id: demo.orgId } });
  await db.user.deleteMany({ where: { email: { endsWith: `@${slug}.example` } } });
  await db.$disconnect();
}
