// Issue 17: what grouping does to the bell and what the grouped write costs. An editor approves and then publishes
// 50 claims of one reviewer in each of two articles (200 events): how many unread rows the reviewer gets. Then the
// write itself (createNotifications: one INSERT … ON CONFLICT per event, in its own transaction): wall time per event
// sequentially, and 10 writers at once into the same group (every event must be counted, in one row).
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> \
//          node scripts/with-db.mjs tsx --conditions=react-server bench/notifications.ts [-- --events 500]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { createNotifications, type NotificationEvent } from "@/lib/notifications/mutations";
import { countUnreadNotifications, findLatestNotifications } from "@/lib/notifications/data";
import { formatSummary, summarize } from "./stats";

const { values: args } = parseArgs({ options: { events: { type: "string", default: "500" } } });
const events = Number(args.events);
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db; // lib/db.ts uses this client
const slug = `bench-notify-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const editor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };
const reviewerId = demo.users.REVIEWER.id;
const second = await db.article.create({
  data: { orgId: demo.orgId, title: "Budget 2027: the harbour tunnel and the ferries", createdById: reviewerId },
});
const notify = (event: Partial<NotificationEvent>) =>
  db.$transaction((tx) =>
    createNotifications(tx, editor, {
      userIds: [reviewerId],
      kind: "approval",
      claimId: demo.claimIds[0],
      articleId: demo.articleId,
      subject: "Who makes these deals?",
      ...event,
    }),
  );

// the story: 2 articles × 50 claims × (approval, publication)
for (const articleId of [demo.articleId, second.id])
  for (const kind of ["approval", "published"] as const)
    for (let i = 0; i < 50; i++) await notify({ articleId, kind, claimId: `claim-${i}` });
const unread = await countUnreadNotifications(reviewerId, demo.orgId);
console.log(
  `200 events (2 articles × 50 claims × approval + publication): ${unread} unread rows (one per event before)`,
);
for (const n of await findLatestNotifications(reviewerId, demo.orgId)) console.log(`  ${n.message}`);
await db.notification.updateMany({ where: { userId: reviewerId }, data: { readAt: new Date() } });

const sequential: number[] = [];
for (let i = 0; i < events; i++) {
  const start = performance.now();
  await notify({ kind: "changes_requested", claimId: `claim-${i % 50}` });
  sequential.push(performance.now() - start);
}
console.log(formatSummary(`write, sequential, ${events} events into one group`, summarize(sequential)));

const WRITERS = 10;
const concurrent: number[] = [];
const wall = performance.now();
await Promise.all(
  Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; i < events / WRITERS; i++) {
      const start = performance.now();
      await notify({ kind: "mention", claimId: `claim-${(w + i) % 50}`, subject: `writer ${w} event ${i}` });
      concurrent.push(performance.now() - start);
    }
  }),
);
const seconds = (performance.now() - wall) / 1000;
const group = await db.notification.findMany({ where: { userId: reviewerId, kind: "mention", readAt: null } });
console.log(formatSummary(`write, ${WRITERS} writers at once into one group`, summarize(concurrent)));
console.log(
  `  ${concurrent.length} events in ${seconds.toFixed(1)} s (${(concurrent.length / seconds).toFixed(0)}/s): ` +
    `${group.length} row, count ${group[0]?.count} ${group.length === 1 && group[0].count === concurrent.length ? "(all counted)" : "(LOST OR SPLIT)"}`,
);
await db.organization.delete({ where: { id: demo.orgId } });
await db.$disconnect();
