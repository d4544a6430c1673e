"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Popover } from "radix-ui";
import {
  countUnreadNotificationsAction,
  loadNotificationsAction,
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/data";
import { LIVE_CHANGE_EVENT } from "@/lib/live/change-event";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";

// The count is one indexed query. It is asked again every 15 s, and at once whenever the article page open in this
// tab hears of a colleague's change (a mention, an approval or an assignment arrives with one).
const POLL_MS = 15_000;

export function NotificationBell() {
  const t = useTranslations("notifications.bell");
  const router = useRouter();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const refreshCount = () => {
      if (document.hidden) return; // a background tab does not poll; it catches up when shown again
      void countUnreadNotificationsAction().then((result) => {
        if (current && result.ok) setUnread(result.data);
      });
    };
    refreshCount();
    const timer = window.setInterval(refreshCount, POLL_MS);
    document.addEventListener("visibilitychange", refreshCount);
    window.addEventListener(LIVE_CHANGE_EVENT, refreshCount);
    return () => {
      current = false;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refreshCount);
      window.removeEventListener(LIVE_CHANGE_EVENT, refreshCount);
    };
  }, []);

  async function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) return;
    const result = await loadNotificationsAction();
    if (!result.ok) return setError(result.message);
    setError(null);
    setItems(result.data.items);
    setUnread(result.data.unread);
  }

  async function openNotification(e: React.MouseEvent, n: NotificationView) {
    if (!n.href || e.metaKey || e.ctrlKey || e.shiftKey) return; // let the browser open a new tab
    e.preventDefault();
    setOpen(false);
    if (!n.read) {
      setItems((xs) => xs?.map((x) => (x.id === n.id ? { ...x, read: true } : x)) ?? null);
      setUnread((u) => Math.max(0, u - 1));
      await markNotificationReadAction({ notificationId: n.id });
    }
    router.push(n.href);
  }

  async function markRead(n: NotificationView) {
    setItems((xs) => xs?.map((x) => (x.id === n.id ? { ...x, read: true } : x)) ?? null);
    setUnread((u) => Math.max(0, u - 1));
    const result = await markNotificationReadAction({ notificationId: n.id });
    if (!result.ok) setError(result.message);
  }

  async function markAllRead() {
    const result = await markAllNotificationsReadAction();
    if (!result.ok) return setError(result.message);
    setItems((xs) => xs?.map((x) => ({ ...x, read: true })) ?? null);
    setUnread(0);
  }

  const label = unread > 0 ? t("labelUnread", { count: unread }) : t("label");
  return (
    <Popover.Root open={open} onOpenChange={(next) => void onOpenChange(next)}>
      <Popover.Trigger
        aria-label={label}
        className="relative grid h-9 w-9 place-items-center rounded-full text-muted hover:bg-slate-100 hover:text-ink"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span
            aria-hidden="true"
            className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-danger px-1 text-center text-[11px] leading-5 font-semibold text-white"
          >
            {unread > 99 ? t("overflow") : unread}
          </span>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          aria-label={t("heading")}
          className="z-50 w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-line bg-white text-sm shadow-lg"
        >
          <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2.5">
            <h2 className="font-semibold">{t("heading")}</h2>
            <button
              type="button"
              onClick={() => void markAllRead()}
              disabled={unread === 0}
              className="rounded-md px-2 py-1 text-xs font-medium text-accent hover:bg-slate-100 disabled:text-muted"
            >
              {t("markAllRead")}
            </button>
          </div>
          {error && (
            <p role="alert" className="px-4 py-3 text-danger">
              {error}
            </p>
          )}
          {items === null && !error && <p className="px-4 py-6 text-muted">{t("loading")}</p>}
          {items?.length === 0 && <p className="px-4 py-6 text-muted">{t("empty")}</p>}
          {items && items.length > 0 && (
            <ul className="max-h-[60vh] divide-y divide-line overflow-y-auto">
              {items.map((n) => (
                <li key={n.id} className={`flex items-start ${n.read ? "" : "bg-indigo-50/60"}`}>
                  {n.href ? (
                    <Link
                      href={n.href}
                      onClick={(e) => void openNotification(e, n)}
                      className="block min-w-0 flex-1 px-4 py-3 hover:bg-slate-50"
                    >
                      <NotificationText n={n} />
                    </Link>
                  ) : (
                    <div className="min-w-0 flex-1 px-4 py-3">
                      <NotificationText n={n} />
                    </div>
                  )}
                  {!n.read && (
                    <button
                      type="button"
                      onClick={() => void markRead(n)}
                      aria-label={t("markReadOf", { message: n.message })}
                      title={t("markRead")}
                      className="m-2 shrink-0 rounded-md px-2 py-1 text-xs font-medium text-accent hover:bg-slate-100"
                    >
                      {t("markRead")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function NotificationText({ n }: { n: NotificationView }) {
  const t = useTranslations("notifications.bell");
  const locale = useLocale();
  return (
    <>
      <span className="block">
        {!n.read && <span className="sr-only">{t("unread")}</span>}
        {n.message}
      </span>
      <time dateTime={n.createdAt} className="mt-0.5 block text-xs text-muted">
        {formatDate(n.createdAt, "dayMonthTime", { locale })}
      </time>
    </>
  );
}
