import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cutPage, type Cursor, type PageLinks } from "@/lib/lists/cursor";
import { EXPERT_ORDERING, EXPERT_PAGE_SIZE, type ExpertListQuery } from "./list-query";

export type ExpertListRow = {
  id: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  profileUrl: string | null;
  citationCount: number;
};
export type ExpertPage = { rows: ExpertListRow[]; total: number; offset: number; links: PageLinks };

// One page of the directory, by name then id (index Expert(orgId, name, id)); the count and the page's position are
// exact: a desk has thousands of experts at most.
export async function findExpertPage(orgId: string, query: ExpertListQuery): Promise<ExpertPage> {
  const where: Prisma.ExpertWhereInput = {
    orgId,
    ...(query.q && {
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { affiliation: { contains: query.q, mode: "insensitive" } },
        { title: { contains: query.q, mode: "insensitive" } },
      ],
    }),
  };
  const { direction, cursor } = query.page;
  const beyond = (c: Cursor, op: "gt" | "lt"): Prisma.ExpertWhereInput => ({
    OR: [{ name: { [op]: String(c.value) } }, { name: String(c.value), id: { [op]: c.id } }],
  });
  const backwards = direction === "before";
  const order = backwards ? "desc" : "asc";
  const [fetched, total] = await Promise.all([
    db.expert.findMany({
      where: { AND: [where, cursor ? beyond(cursor, backwards ? "lt" : "gt") : {}] },
      orderBy: [{ name: order }, { id: order }],
      take: EXPERT_PAGE_SIZE + 1,
      select: {
        id: true,
        name: true,
        title: true,
        affiliation: true,
        profileUrl: true,
        _count: { select: { citations: { where: { deletedAt: null, claim: { deletedAt: null } } } } },
      },
    }),
    db.expert.count({ where }),
  ]);
  const cursorOf = (e: { id: string; name: string }): Cursor => ({ sort: EXPERT_ORDERING, value: e.name, id: e.id });
  const page = cutPage(fetched, EXPERT_PAGE_SIZE, direction, cursorOf);
  const offset =
    direction && page.rows[0]
      ? await db.expert.count({ where: { AND: [where, beyond(cursorOf(page.rows[0]), "lt")] } })
      : 0;
  return {
    rows: page.rows.map(({ _count, ...e }) => ({ ...e, citationCount: _count.citations })),
    total,
    offset,
    links: page.links,
  };
}

export async function findExpertWithCitations(orgId: string, expertId: string) {
  return db.expert.findFirst({
    where: { id: expertId, orgId },
    select: {
      id: true,
      name: true,
      title: true,
      affiliation: true,
      profileUrl: true,
      citations: {
        where: { deletedAt: null, claim: { deletedAt: null } },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          quote: true,
          saidAt: true,
          saidWhere: true,
          url: true,
          claim: {
            select: {
              id: true,
              quote: true,
              article: { select: { id: true, title: true } },
              verdict: { select: { option: { select: { label: true, colour: true } } } },
            },
          },
        },
      },
    },
  });
}
