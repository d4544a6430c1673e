"use client";
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
  const resolved = thread.resolvedAt !== null;
  return (
    <li className={`rounded-lg border border-line p-3 ${resolved ? "bg-slate-50" : "bg-white"}`}>
      <Comment comment={thread} viewerId={viewerId} pending={pending} onDelete={onDelete} />
      {resolved && (
        <p className="mt-2 text-xs text-muted">
          <span aria-hidden="true">✓ </span>Resolved by {thread.resolvedByName} on{" "}
          <time dateTime={thread.resolvedAt!}>{formatDate(thread.resolvedAt!, "dayMonthTime")}</time>
        </p>
      )}
      {thread.replies.length > 0 && (
        <ol aria-label={`Replies to ${thread.authorName}`} className="mt-3 space-y-3 border-l-2 border-line pl-3">
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
            label="Your reply"
            submitLabel="Post reply"
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
            Reply
          </button>
          <button type="button" className={LINK} disabled={pending} onClick={() => onResolve(!resolved)}>
            {resolved ? "Reopen thread" : "Resolve thread"}
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
  if (comment.deleted) return <p className="text-sm text-muted italic">This comment was deleted.</p>;
  return (
    <article aria-label={`Comment by ${comment.authorName}`}>
      <header className="flex items-baseline justify-between gap-2">
        <p className="text-xs">
          <span className="font-semibold text-ink">{comment.authorName}</span>{" "}
          <time dateTime={comment.createdAt} className="text-muted">
            {formatDate(comment.createdAt, "dayMonthTime")}
          </time>
        </p>
        {comment.authorId === viewerId && (
          <button type="button" className={LINK} disabled={pending} onClick={() => onDelete(comment.id)}>
            Delete<span className="sr-only"> your comment</span>
          </button>
        )}
      </header>
      {/* sanitized on the server (renderRationale): Markdown in, safe HTML out */}
      <div
        className="mt-1 space-y-2 text-sm leading-6 break-words [&_a]:text-accent [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre]:overflow-x-auto"
        dangerouslySetInnerHTML={{ __html: comment.html }}
      />
    </article>
  );
}
