"use client";
import { useLocale, useTranslations } from "next-intl";
import type { CommentView, ThreadView } from "@/lib/discussion/data";
import type { MentionCandidate } from "@/lib/discussion/mentions";
import { CommentComposer } from "./comment-composer";
import { formatDate } from "@/lib/i18n/format";

const LINK = "text-xs font-medium text-accent hover:underline disabled:text-muted disabled:no-underline";

type Props = {
  thread: ThreadView;
  viewerId: string;
  members: MentionCandidate[];
  pending: boolean;
  replying: boolean;
  onReplyOpen: (open: boolean) => void;
  onReply: (body: string) => Promise<boolean>;
  onResolve: (resolved: boolean) => void;
  onDelete: (commentId: string) => void;
};

export function CommentThread({
  thread,
  viewerId,
  members,
  pending,
  replying,
  onReplyOpen,
  onReply,
  onResolve,
  onDelete,
}: Props) {
  const t = useTranslations("discussion.thread");
  const locale = useLocale();
  const resolved = thread.resolvedAt !== null;
  return (
    <li className={`rounded-lg border border-line p-3 ${resolved ? "bg-slate-50" : "bg-white"}`}>
      <Comment comment={thread} viewerId={viewerId} pending={pending} onDelete={onDelete} />
      {resolved && (
        <p className="mt-2 text-xs text-muted">
          <span aria-hidden="true">✓ </span>
          {t.rich("resolvedBy", {
            name: thread.resolvedByName ?? t("formerMember"),
            date: formatDate(thread.resolvedAt!, "dayMonthTime", { locale }),
            time: (chunks) => <time dateTime={thread.resolvedAt!}>{chunks}</time>,
          })}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ol
          aria-label={t("replies", { name: thread.authorName })}
          className="mt-3 space-y-3 border-s-2 border-line ps-3"
        >
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Comment comment={r} viewerId={viewerId} pending={pending} onDelete={onDelete} />
            </li>
          ))}
        </ol>
      )}
      {replying ? (
        <div className="mt-3">
          <CommentComposer
            label={t("yourReply")}
            submitLabel={t("postReply")}
            members={members}
            pending={pending}
            autoFocus
            onSubmit={onReply}
            onCancel={() => onReplyOpen(false)}
          />
        </div>
      ) : (
        <div className="mt-2 flex gap-4">
          <button type="button" className={LINK} onClick={() => onReplyOpen(true)}>
            {t("reply")}
          </button>
          <button type="button" className={LINK} disabled={pending} onClick={() => onResolve(!resolved)}>
            {resolved ? t("reopen") : t("resolve")}
          </button>
        </div>
      )}
    </li>
  );
}

function Comment({
  comment,
  viewerId,
  pending,
  onDelete,
}: {
  comment: CommentView;
  viewerId: string;
  pending: boolean;
  onDelete: (id: string) => void;
}) {
  const t = useTranslations("discussion.thread");
  const locale = useLocale();
  if (comment.deleted) return <p className="text-sm text-muted italic">{t("deleted")}</p>;
  return (
    <article aria-label={t("commentBy", { name: comment.authorName })}>
      <header className="flex items-baseline justify-between gap-2">
        <p className="text-xs">
          <span className="font-semibold text-ink">{comment.authorName}</span>{" "}
          <time dateTime={comment.createdAt} className="text-muted">
            {formatDate(comment.createdAt, "dayMonthTime", { locale })}
          </time>
        </p>
        {comment.authorId === viewerId && (
          <button type="button" className={LINK} disabled={pending} onClick={() => onDelete(comment.id)}>
            {t.rich("delete", { sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </button>
        )}
      </header>
      {/* sanitized on the server (renderRationale): Markdown in, safe HTML out */}
      <div
        dir="auto"
        className="mt-1 space-y-2 text-sm leading-6 break-words [&_a]:text-accent [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:overflow-x-auto"
        dangerouslySetInnerHTML={{ __html: comment.html }}
      />
    </article>
  );
}
