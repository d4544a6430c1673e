"use client";

export type NoticeState = { tone: "success" | "error"; message: string; action?: { label: string; run: () => void } };

// One polite live region for the annotator's outcomes (added, deleted with undo, failed).
export function Notice({ notice, onDismiss }: { notice: NoticeState | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite" className="fixed bottom-6 left-1/2 z-50 -translate-x-1/2">
      {notice && (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          className={`flex items-center gap-4 rounded-lg px-4 py-3 text-sm shadow-lg ${notice.tone === "error" ? "bg-danger text-white" : "bg-ink text-white"}`}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button type="button" className="font-semibold underline" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" aria-label="Dismiss" className="opacity-70 hover:opacity-100" onClick={onDismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
