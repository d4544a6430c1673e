"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { LIVE_CHANGE_EVENT, type ChangeMessage } from "@/lib/live/change-event";
import { HEARTBEAT_MS, type PresentUser } from "@/lib/live/presence-list";

// Other people's saves arrive in bursts (a save writes two audit rows); one refresh covers them all.
const REFRESH_DEBOUNCE_MS = 300;

export type LiveArticle = { others: PresentUser[]; lastChange: ChangeMessage | null; connected: boolean };

// randomUUID needs a secure context; getRandomValues works on plain http too.
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function readData<T>(e: Event): T | null {
  try {
    return JSON.parse((e as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

// Keeps an article page in step with colleagues: their changes re-render the server data (router.refresh(), which
// the annotator adopts without touching open claim-card drafts) and their open tabs show in the presence bar.
export function useLiveArticle(articleId: string): LiveArticle {
  const router = useRouter();
  const [others, setOthers] = useState<PresentUser[]>([]);
  const [lastChange, setLastChange] = useState<ChangeMessage | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const tabId = newTabId();
    const base = `/api/articles/${encodeURIComponent(articleId)}`;
    const source = new EventSource(`${base}/events?tab=${tabId}`);
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;

    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("presence", (e) => {
      const data = readData<{ users: PresentUser[] }>(e);
      if (data) setOthers(data.users);
    });
    source.addEventListener("change", (e) => {
      const change = readData<ChangeMessage>(e);
      if (change) setLastChange(change);
      if (change) window.dispatchEvent(new CustomEvent<ChangeMessage>(LIVE_CHANGE_EVENT, { detail: change }));
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => router.refresh(), REFRESH_DEBOUNCE_MS);
    });

    const beat = (leaving: boolean) => {
      const body = JSON.stringify({ tabId, leaving });
      if (leaving && navigator.sendBeacon?.(`${base}/presence`, new Blob([body], { type: "application/json" }))) return;
      fetch(`${base}/presence`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
        keepalive: true,
      }).catch(() => {});
    };
    const heartbeat = setInterval(() => beat(false), HEARTBEAT_MS);
    const onPageHide = () => beat(true);
    window.addEventListener("pagehide", onPageHide);

    return () => {
      source.close();
      clearInterval(heartbeat);
      clearTimeout(refreshTimer);
      window.removeEventListener("pagehide", onPageHide);
      beat(true);
    };
  }, [articleId, router]);

  return { others, lastChange, connected };
}

// For parts of a claim card that load their own data (the discussion): a number that goes up whenever someone else
// changes that claim, to list as an effect dependency and load again.
export function useLiveClaimRevision(claimId: string): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const onChange = (e: Event) => {
      if ((e as CustomEvent<ChangeMessage>).detail?.claimId === claimId) setRevision((r) => r + 1);
    };
    window.addEventListener(LIVE_CHANGE_EVENT, onChange);
    return () => window.removeEventListener(LIVE_CHANGE_EVENT, onChange);
  }, [claimId]);
  return revision;
}
