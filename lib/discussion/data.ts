import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMembersForPicker } from "@/lib/members/data";
import { renderRationale } from "@/lib/reader/render-rationale";
import type { Role } from "@/lib/auth/permissions";
import { toMentionCandidates, type MentionCandidate } from "./mentions";

export type CommentView = {
  id: string;
  authorId: string;
  authorName: string;
  html: string;
  createdAt: string;
  deleted: boolean;
};
export type ThreadView = CommentView & {
  resolvedAt: string | null;
  /** who resolved it, or null (resolved by someone no longer a member, or not resolved) */
  resolvedByName: string | null;
  replies: CommentView[];
};
export type DiscussionView = { threads: ThreadView[]; members: (MentionCandidate & { role: Role })[] };

// Far more than a claim's discussion ever holds; keeps one runaway thread from loading without bound.
const MAX_COMMENTS = 500;

// Comments are written like chat: a single line break is a break, not a space (as Markdown would have it).
// Fenced code keeps its own line breaks.
function keepLineBreaks(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?(?:```|$))/)
    .map((part, i) => (i % 2 ? part : part.replace(/([^\n])\n(?=[^\n])/g, "$1  \n")))
    .join("");
}

type Row = {
  id: string;
  parentId: string | null;
  authorId: string;
  author: { name: string };
  body: string;
  createdAt: Date;
  deletedAt: Date | null;
  resolvedAt: Date | null;
  resolvedById: string | null;
};

function toCommentView(c: Row): CommentView {
  const deleted = c.deletedAt !== null;
  // a deleted comment's body never leaves the server
  return {
    id: c.id,
    authorId: c.authorId,
    authorName: c.author.name,
    html: deleted ? "" : renderRationale(keepLineBreaks(c.body)),
    createdAt: c.createdAt.toISOString(),
    deleted,
  };
}

/** Threads oldest first with their live replies; a deleted first comment stays as a placeholder while replies remain. */
export function groupThreads(rows: Row[], nameOf: (userId: string) => string | null): ThreadView[] {
  const replies = new Map<string, Row[]>();
  for (const r of rows)
    if (r.parentId && !r.deletedAt) replies.set(r.parentId, [...(replies.get(r.parentId) ?? []), r]);
  return rows
    .filter((r) => !r.parentId && (!r.deletedAt || replies.has(r.id)))
    .map((r) => ({
      ...toCommentView(r),
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
      // null once its resolver has left the organization: the thread names them in the reader's language
      resolvedByName: r.resolvedById ? nameOf(r.resolvedById) : null,
      replies: (replies.get(r.id) ?? []).map(toCommentView),
    }));
}

/** The discussion of one claim, scoped to the viewer's organization, with the members one can mention. */
export async function loadDiscussion(orgId: string, claimId: string): Promise<DiscussionView> {
  const claim = await db.claim.findFirst({ where: { id: claimId, orgId, deletedAt: null }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "common.claimGone");
  const [rows, members] = await Promise.all([
    db.comment.findMany({
      where: { claimId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: MAX_COMMENTS,
      select: {
        id: true,
        parentId: true,
        authorId: true,
        author: { select: { name: true } },
        body: true,
        createdAt: true,
        deletedAt: true,
        resolvedAt: true,
        resolvedById: true,
      },
    }),
    findMembersForPicker(orgId),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const roleOf = new Map(members.map((m) => [m.userId, m.role]));
  return {
    threads: groupThreads(rows, (id) => names.get(id) ?? null),
    members: toMentionCandidates(members).map((c) => ({ ...c, role: roleOf.get(c.userId)! })),
  };
}
