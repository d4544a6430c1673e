"use client";
import { useEffect, useState, type RefObject } from "react";
import { rangeToOffsets } from "@/lib/highlight/text-offsets";

export type ArticleSelection = { start: number; end: number; top: number; left: number };

// Tracks the reader's selection inside the article (mouse or keyboard) as canonical-text offsets plus where to
// show the "Add claim" control. Keeps the last selection while focus moves to that control.
export function useArticleSelection(
  rootRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
) {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  useEffect(() => {
    function update() {
      const root = rootRef.current,
        container = containerRef.current;
      const sel = document.getSelection();
      if (!root || !container || !sel || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) {
        if (!container.contains(document.activeElement)) setSelection(null);
        return;
      }
      const offsets = sel.isCollapsed ? null : rangeToOffsets(root, range);
      if (!offsets || offsets.end <= offsets.start) return setSelection(null);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const box = container.getBoundingClientRect();
      // under the end of the selection: its right edge in left-to-right text, its left edge in right-to-left text
      const rtl = getComputedStyle(range.endContainer.parentElement ?? root).direction === "rtl";
      const x = rtl ? last.left - box.left - 80 : last.right - box.left - 60;
      setSelection({
        ...offsets,
        top: last.bottom - box.top + 6,
        left: Math.max(0, Math.min(x, box.width - 140)),
      });
    }
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [rootRef, containerRef]);
  return { selection, clear: () => setSelection(null) };
}
