"use client";
import { useEffect, useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import {
  createCommentAction,
  deleteCommentAction,
  loadDiscussionAction,
  setThreadResolvedAction,
} from "@/lib/discussion/actions";
import type { DiscussionView } from "@/lib/discussion/data";
import type { ActionResult } from "@/lib/errors";
import { CommentComposer } from "./comment-composer";
import { CommentThread } from "./comment-thread";
import { useLiveClaimRevision } from "@/components/annotator/use-live-article";

export type ClaimDiscussionProps = { claimId: string; articleId: string; viewer: { userId: string } };

// Loads its own data through a server action, so the annotator page loader stays as it is.
export function ClaimDiscussion({ claimId, viewer }: ClaimDiscussionProps) {
  const t = useTranslations("discussion.discussion");
  const locale = useLocale();
  const headingId = useId();
  const [discussion, setDiscussion] = useState<DiscussionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const liveRevision = useLiveClaimRevision(claimId); // a colleague commented: load again (drafts are the composer's own)
  useEffect(() => {
    let current = true;
    void loadDiscussionAction(claimId).then((result) => {
      if (!current) return;
      if (result.ok) setDiscussion(result.data);
      else setError(result.message);
    });
    return () => {
      current = false;
    };
  }, [claimId, liveRevision]);

  // Every write answers with the fresh discussion; resolves to whether it worked (the composer then clears).
  function run(write: () => Promise<ActionResult<DiscussionView>>): Promise<boolean> {
    return new Promise((resolve) =>
      startTransition(async () => {
        const result = await write();
        if (result.ok) {
          setDiscussion(result.data);
          setError(null);
        } else setError(result.message);
        resolve(result.ok);
      }),
    );
  }

  const threads = discussion?.threads ?? [];
  const open = threads.filter((t) => !t.resolvedAt).length;
  return (
    <section aria-labelledby={headingId} className="space-y-3 border-t border-line px-4 py-4">
      <h3 id={headingId} className="text-sm font-semibold">
        {t("heading")}
        {threads.length > 0 && (
          <span className="font-normal text-muted">
            {t("openThreads", { count: open, n: formatNumber(open, locale) })}
          </span>
        )}
      </h3>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      {!discussion ? (
        !error && <p className="text-sm text-muted">{t("loading")}</p>
      ) : (
        <>
          {threads.length === 0 ? (
            <p className="text-sm text-muted">{t("empty")}</p>
          ) : (
            <ol aria-label={t("threads")} className="space-y-3">
              {threads.map((t) => (
                <CommentThread
                  key={t.id}
                  thread={t}
                  viewerId={viewer.userId}
                  members={discussion.members}
                  pending={pending}
                  replying={replyingTo === t.id}
                  onReplyOpen={(isOpen) => setReplyingTo(isOpen ? t.id : null)}
                  onReply={async (body) => {
                    const ok = await run(() => createCommentAction({ claimId, parentId: t.id, body }));
                    if (ok) setReplyingTo(null);
                    return ok;
                  }}
                  onResolve={(resolved) => void run(() => setThreadResolvedAction({ commentId: t.id, resolved }))}
                  onDelete={(commentId) => void run(() => deleteCommentAction({ commentId }))}
                />
              ))}
            </ol>
          )}
          <CommentComposer
            label={t("add")}
            submitLabel={t("comment")}
            members={discussion.members}
            pending={pending}
            onSubmit={(body) => run(() => createCommentAction({ claimId, parentId: null, body }))}
          />
        </>
      )}
    </section>
  );
}
