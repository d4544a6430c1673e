import type { FormEvent, KeyboardEvent } from "react";

// The article is contentEditable only to give keyboard users a caret (Shift+arrows select text); every edit is
// refused here, and the text is changed only through "Edit text", which makes a new version.
const NAVIGATION = new Set([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "Tab",
  "Escape",
  "Shift",
  "Control",
  "Alt",
  "Meta",
]);

export const readOnlyEditableProps = {
  contentEditable: true,
  suppressContentEditableWarning: true,
  spellCheck: false,
  inputMode: "none" as const,
  onBeforeInput: (e: FormEvent) => e.preventDefault(),
  onPaste: (e: { preventDefault(): void }) => e.preventDefault(),
  onDrop: (e: { preventDefault(): void }) => e.preventDefault(),
  onCut: (e: { preventDefault(): void }) => e.preventDefault(),
  onKeyDownCapture: (e: KeyboardEvent) => {
    const copyOrSelectAll = (e.ctrlKey || e.metaKey) && ["c", "a"].includes(e.key.toLowerCase());
    if (!NAVIGATION.has(e.key) && !copyOrSelectAll && e.key !== "Enter") e.preventDefault();
  },
};
