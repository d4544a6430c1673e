"use client";
import { useTranslations } from "next-intl";

export type NoticeState = { tone: "success" | "error"; message: string; action?: { label: string; run: () => void } };

// One polite live region for the annotator's outcomes (added, deleted with undo, failed).
export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss: () => void }) {
  const t = useTranslations("annotator.notice");
  return (
    <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-6 z-50 flex justify-center">
      {notice && (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          className={`pointer-events-auto flex items-center gap-4 rounded-lg px-4 py-3 text-sm shadow-lg ${notice.tone === "error" ? "bg-danger text-white" : "bg-ink text-white"}`}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button type="button" className="font-semibold underline" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" aria-label={t("dismiss")} className="opacity-70 hover:opacity-100" onClick={onDismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
