"use client";
import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { RemovedMarkupNote } from "@/components/ui/removed-markup-note";
import { findRemovedMarkup } from "@/lib/text/allowed-markup";
import { findMentionQuery, insertMention, suggestMembers, type MentionCandidate } from "@/lib/discussion/mentions";

const MAX = 5000;
const CONTROL =
  "mt-1 block min-h-20 w-full rounded-md border border-line bg-white px-3 py-2 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

type Props = {
  label: string;
  submitLabel: string;
  members: MentionCandidate[];
  pending: boolean;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
};

// A textarea with an @mention helper: typing "@" lists matching members (arrow keys, Enter or Tab to pick, Escape
// to close) while focus stays in the textarea, as in the ARIA combobox pattern. No <form>: the claim card is one.
export function CommentComposer({ label, submitLabel, members, pending, autoFocus, onSubmit, onCancel }: Props) {
  const t = useTranslations("discussion.composer");
  const locale = useLocale();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = mention ? suggestMembers(mention.query, members) : [];
  const open = suggestions.length > 0;
  const listId = `${id}-mentions`;

  function track(value: string, caret: number) {
    setMention(findMentionQuery(value, caret));
    setActive(0);
  }

  function choose(member: MentionCandidate) {
    if (!mention) return;
    const next = insertMention(text, mention, member.handle);
    setText(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  async function submit() {
    if (!text.trim() || pending) return;
    if (await onSubmit(text)) {
      setText("");
      setMention(null);
    }
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (open && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      setActive((i) => (i + (e.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (open && (e.key === "Enter" || e.key === "Tab") && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      choose(suggestions[active]);
    } else if (open && e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      setMention(null);
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  }

  // isolated left to right (U+2066 … U+2069), so "@admin, @editor" keeps its order inside an Arabic sentence
  const handles = members
    .slice(0, 3)
    .map((m) => `@${m.handle}`)
    .join(", ");
  const examples = handles && `\u2066${handles}\u2069`;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        dir="auto"
        ref={ref}
        id={id}
        className={CONTROL}
        value={text}
        maxLength={MAX}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          track(e.target.value, e.target.selectionStart);
        }}
        onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onKeyUp={(e) => {
          if (e.key === "ArrowLeft" || e.key === "ArrowRight" || e.key === "Home" || e.key === "End")
            track(e.currentTarget.value, e.currentTarget.selectionStart);
        }}
        onBlur={() => setMention(null)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
      />
      {open && (
        <ul
          role="listbox"
          id={listId}
          aria-label={t("members")}
          className="absolute z-20 mt-1 max-h-48 w-full overflow-y-auto rounded-md border border-line bg-white py-1 text-sm shadow-lg"
        >
          {suggestions.map((m, i) => (
            <li
              key={m.userId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m)}
              className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 ${i === active ? "bg-indigo-50" : "hover:bg-slate-50"}`}
            >
              <span>{m.name}</span>
              <span className="text-xs text-muted">@{m.handle}</span>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        {examples ? t("hintExamples", { examples }) : t("hint")}
        {text.length > MAX - 500 && (
          <> {t("left", { count: MAX - text.length, n: formatNumber(MAX - text.length, locale) })}</>
        )}
      </p>
      <RemovedMarkupNote id={`${id}-markup`} removed={findRemovedMarkup(text)} field="comment" />
      <p aria-live="polite" className="sr-only">
        {open ? t("matches", { count: suggestions.length, n: formatNumber(suggestions.length, locale) }) : ""}
      </p>
      <div className="mt-2 flex justify-end gap-2">
        {onCancel && (
          <Button variant="ghost" size="sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
        )}
        <Button size="sm" disabled={pending || !text.trim()} onClick={() => void submit()}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
