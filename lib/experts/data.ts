import "server-only";
import { db } from "@/lib/db";

export async function findExperts(orgId: string, query: string | undefined) {
  const q = query?.trim().slice(0, 200);
  const experts = await db.expert.findMany({
    where: {
      orgId,
      ...(q && {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { affiliation: { contains: q, mode: "insensitive" } },
          { title: { contains: q, mode: "insensitive" } },
        ],
      }),
    },
    orderBy: { name: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      title: true,
      affiliation: true,
      profileUrl: true,
      _count: { select: { citations: { where: { deletedAt: null, claim: { deletedAt: null } } } } },
    },
  });
  return experts.map(({ _count, ...e }) => ({ ...e, citationCount: _count.citations }));
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
