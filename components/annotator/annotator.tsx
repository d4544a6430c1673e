"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { createClaimAction, deleteClaimAction, reattachClaimAction, restoreClaimAction } from "@/lib/claims/actions";
import type { ClaimView, ExpertView } from "@/lib/claims/view";
import type { ScaleOptionView } from "@/lib/claims/data";
import { innermostRange } from "@/lib/highlight/segments";
import { rangeToOffsets } from "@/lib/highlight/text-offsets";
import { HighlightedText } from "./highlighted-text";
import { textDirection } from "@/lib/vocabulary/languages";
import { ClaimPanel } from "./claim-panel";
import { readOnlyEditableProps } from "./read-only-editable";
import { useArticleSelection } from "./use-article-selection";
import { Notice, type NoticeState } from "./notice";
import { mergeServerClaims } from "@/lib/live/merge-claims";
import { PresenceBar } from "./presence-bar";
import { useLiveArticle } from "./use-live-article";
import { SuggestionsPanel } from "./suggestions-panel";
import { dismissSuggestionAction } from "@/lib/claim-finder/actions";
import type { SuggestionView } from "@/lib/claim-finder/data";

const UNRATED = "#64748b";

export type AnnotatorProps = {
  viewer: { userId: string; canApprove: boolean };
  articleId: string;
  versionId: string;
  text: string;
  /** The article's language (BCP 47), null when not set: the text is marked with it and laid out in its direction. */
  language?: string | null;
  initialClaims: ClaimView[];
  /** When the server read `initialClaims` (ISO): claims changed here after it are newer than that list. */
  claimsReadAt: string;
  options: ScaleOptionView[];
  experts: ExpertView[];
  initialClaimId?: string | null; // from `?claim=` (notification and dashboard links)
  suggestions?: SuggestionView[];
  /** What the claim finder says about this article's language, if anything. */
  suggestionsNote?: string | null;
};

export function Annotator({
  viewer,
  articleId,
  versionId,
  text,
  language = null,
  initialClaims,
  claimsReadAt,
  options,
  experts,
  initialClaimId = null,
  suggestions: initialSuggestions = [],
  suggestionsNote = null,
}: AnnotatorProps) {
  const t = useTranslations("annotator.annotator");
  const [claims, setClaims] = useState(initialClaims);
  const [serverClaims, setServerClaims] = useState(initialClaims);
  if (serverClaims !== initialClaims) {
    // fresh server data after a refresh (workflow actions, conflicts, colleagues' changes)
    setServerClaims(initialClaims);
    setClaims(mergeServerClaims(initialClaims, claims, claimsReadAt));
  }
  const live = useLiveArticle(articleId);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId);
  const [openedClaimId, setOpenedClaimId] = useState(initialClaimId);
  if (openedClaimId !== initialClaimId) {
    setOpenedClaimId(initialClaimId);
    setSelectedId(initialClaimId);
  } // a link to another claim of this article
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const articleRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useArticleSelection(articleRef, containerRef);

  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const placed = useMemo(
    () => claims.filter((c) => !c.needsReanchor).sort((a, b) => a.start - b.start || b.end - a.end),
    [claims],
  );
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // a suggestion disappears once a claim covers any of its words, or once it is dismissed
  const suggestions = useMemo(
    () =>
      initialSuggestions.filter(
        (s) => !dismissed.has(`${s.start}-${s.end}`) && !placed.some((c) => c.start < s.end && s.start < c.end),
      ),
    [initialSuggestions, dismissed, placed],
  );
  const colourOf = useMemo(() => new Map(options.map((o) => [o.id, o.colour])), [options]);
  const styleOf = useCallback(
    (id: string) => {
      const v = byId.get(id)?.verdict;
      return { colour: (v && colourOf.get(v.optionId)) || UNRATED };
    },
    [byId, colourOf],
  );

  const flash = useCallback((id: string) => {
    const mark = articleRef.current?.querySelector<HTMLElement>(`mark[data-claim-ids~="${CSS.escape(id)}"]`);
    if (!mark) return;
    mark.scrollIntoView({
      block: "center",
      behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
    });
    mark.animate?.(
      [
        { outlineColor: "rgba(47,79,214,1)", outlineWidth: "4px" },
        { outlineColor: "rgba(47,79,214,0)", outlineWidth: "0px" },
      ],
      { duration: 1200 },
    );
  }, []);
  useEffect(() => {
    if (initialClaimId) flash(initialClaimId);
  }, [initialClaimId, flash]);

  // The selection as it is at this moment: the `selection` state follows "selectionchange" events, which can arrive
  // after the key press that adds the claim (fast Shift+Arrow then Enter made claims one character short).
  function liveSelection(): { start: number; end: number } | null {
    const root = articleRef.current;
    const sel = document.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return null;
    const offsets = rangeToOffsets(root, range);
    return offsets && offsets.end > offsets.start ? offsets : null;
  }

  async function addClaim() {
    const current = liveSelection() ?? selection;
    if (!current || busy) return;
    const { start, end } = current;
    clear();
    document.getSelection()?.removeAllRanges();
    await createClaimAt(start, end);
  }

  async function createClaimAt(start: number, end: number) {
    if (busy) return;
    setBusy(true);
    if (reattachingId) {
      const claim = byId.get(reattachingId)!;
      const result = await reattachClaimAction({ claimId: claim.id, lockVersion: claim.lockVersion, start, end });
      setBusy(false);
      if (!result.ok) return setNotice({ tone: "error", message: result.message });
      setClaims((cs) => cs.map((c) => (c.id === claim.id ? result.data : c)));
      setReattachingId(null);
      setSelectedId(claim.id);
      return setNotice({ tone: "success", message: t("reattached") });
    }
    const temp: ClaimView = {
      id: `pending-${start}-${end}`,
      start,
      end,
      quote: text.slice(start, end),
      state: "DRAFT",
      needsReanchor: false,
      claimant: null,
      claimDate: null,
      claimContext: null,
      lockVersion: 0,
      verdict: null,
      citations: [],
      assigneeName: null,
      updatedAt: new Date().toISOString(),
      wasPublished: false,
    };
    setClaims((cs) => [...cs, temp]); // highlighted at once; replaced by the saved claim
    const result = await createClaimAction({ articleId, versionId, start, end });
    setBusy(false);
    if (!result.ok) {
      setClaims((cs) => cs.filter((c) => c.id !== temp.id));
      return setNotice({ tone: "error", message: result.message });
    }
    setClaims((cs) => [...cs.filter((c) => c.id !== temp.id && c.id !== result.data.id), result.data]);
    setSelectedId(result.data.id);
    setNotice({ tone: "success", message: t("added") });
  }

  async function dismissSuggestion(s: SuggestionView) {
    const key = `${s.start}-${s.end}`;
    setDismissed((d) => new Set(d).add(key));
    const result = await dismissSuggestionAction({ articleId, versionId, start: s.start, end: s.end });
    if (!result.ok) {
      setDismissed((d) => {
        const next = new Set(d);
        next.delete(key);
        return next;
      });
      return setNotice({ tone: "error", message: result.message });
    }
    setNotice({ tone: "success", message: t("suggestionDismissed") });
  }

  async function deleteClaim(id: string) {
    const claim = byId.get(id);
    const result = await deleteClaimAction({ claimId: id });
    if (!result.ok) return setNotice({ tone: "error", message: result.message });
    setClaims((cs) => cs.filter((c) => c.id !== id));
    setSelectedId(null);
    setNotice({
      tone: "success",
      message: t("deleted"),
      action: claim && {
        label: t("undo"),
        run: async () => {
          const restored = await restoreClaimAction({ claimId: id });
          if (!restored.ok) return setNotice({ tone: "error", message: restored.message });
          setClaims((cs) => [...cs.filter((c) => c.id !== id), { ...claim, lockVersion: claim.lockVersion + 2 }]);
          setSelectedId(id);
          setNotice({ tone: "success", message: t("restored") });
        },
      },
    });
  }

  function onArticleClick(e: React.MouseEvent) {
    if (document.getSelection()?.isCollapsed === false) return;
    const ids = (e.target as HTMLElement).closest("mark")?.getAttribute("data-claim-ids")?.split(" ");
    const claim = ids && innermostRange(ids, byId);
    if (claim) setSelectedId(claim.id);
  }

  // Keyboard users arriving with Tab get a caret at the start of the article to select from.
  function onArticleFocus() {
    const sel = document.getSelection();
    const root = articleRef.current;
    if (!sel || !root || (sel.anchorNode && root.contains(sel.anchorNode))) return;
    const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (first) sel.collapse(first, 0);
  }

  function onArticleKeyDown(e: React.KeyboardEvent) {
    if (e.key === "Enter" && (selection || liveSelection())) {
      e.preventDefault();
      void addClaim();
    }
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <div ref={containerRef} className="relative">
        <PresenceBar {...live} />
        {reattachingId && (
          <p role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
            {t("reattachPrompt")}
            <button type="button" className="ms-3 font-medium underline" onClick={() => setReattachingId(null)}>
              {t("cancel")}
            </button>
          </p>
        )}
        <div
          ref={articleRef}
          {...readOnlyEditableProps}
          onClick={onArticleClick}
          onKeyDown={onArticleKeyDown}
          onFocus={onArticleFocus}
          role="textbox"
          lang={language ?? undefined}
          dir={language ? textDirection(language) : undefined}
          aria-multiline="true"
          aria-readonly="true"
          aria-label={t("articleLabel")}
          className="rounded-xl border border-line bg-white px-6 py-8 font-serif text-[1.075rem] text-ink caret-accent focus:outline-none focus-visible:ring-2 focus-visible:ring-accent/40 sm:px-10"
        >
          <HighlightedText text={text} ranges={placed} styleOf={styleOf} activeId={selectedId} />
        </div>
        {selection && (
          <div className="absolute z-30" style={{ top: selection.top, left: selection.left }}>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={addClaim}
              disabled={busy}
              className="rounded-full bg-ink px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-slate-800"
            >
              {reattachingId ? t("attachHere") : t("addClaim")}{" "}
              <kbd className="ms-1 rounded bg-white/20 px-1 text-xs">{t("enterKey")}</kbd>
            </button>
          </div>
        )}
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
      </div>
      <ClaimPanel
        viewer={viewer}
        articleId={articleId}
        claims={claims}
        placed={placed}
        selectedId={selectedId}
        options={options}
        experts={experts}
        onSelect={(id) => {
          setSelectedId(id);
          if (id) flash(id);
        }}
        onSaved={(saved) => setClaims((cs) => cs.map((c) => (c.id === saved.id ? saved : c)))}
        onDelete={deleteClaim}
        onReattach={(id) => {
          setReattachingId(id);
          setNotice(null);
          articleRef.current?.focus();
        }}
      >
        <SuggestionsPanel
          suggestions={suggestions}
          note={suggestionsNote}
          articleRef={articleRef}
          busy={busy}
          onTake={(s) => void createClaimAt(s.start, s.end)}
          onDismiss={(s) => void dismissSuggestion(s)}
        />
      </ClaimPanel>
    </div>
  );
}
