"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { ExpertView } from "@/lib/claims/view";
import { emptyCitation, type CitationDraft } from "./claim-draft";
import { CitationFields } from "./citation-fields";

export function CitationList({
  citations,
  experts,
  errors,
  onChange,
}: {
  citations: CitationDraft[];
  experts: ExpertView[];
  errors: Record<string, string>;
  onChange: (c: CitationDraft[]) => void;
}) {
  const t = useTranslations("annotator.citations");
  const kinds = useTranslations("vocabulary.citationKind");
  const locale = useLocale();
  const [openKeys, setOpenKeys] = useState<Set<string>>(new Set());
  const toggle = (key: string, open?: boolean) =>
    setOpenKeys((s) => {
      const n = new Set(s);
      if (open ?? !n.has(key)) n.add(key);
      else n.delete(key);
      return n;
    });
  const replace = (i: number, c: CitationDraft) => onChange(citations.map((x, j) => (j === i ? c : x)));
  const move = (i: number, by: number) => {
    const n = [...citations];
    [n[i], n[i + by]] = [n[i + by], n[i]];
    onChange(n);
  };
  const add = (kind: CitationDraft["kind"]) => {
    const c = emptyCitation(kind);
    onChange([...citations, c]);
    toggle(c.key, true);
  };
  const errorsFor = (i: number) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([k]) => k.startsWith(`citations.${i}.`))
        .map(([k, v]) => [k.split(".")[2], v]),
    );
  const expertName = (c: CitationDraft) =>
    c.newExpert?.name || experts.find((e) => e.id === c.expertId)?.name || t("expert");

  return (
    <fieldset>
      <legend className="text-xs font-semibold tracking-wide text-muted uppercase">
        {t("legend", { count: formatNumber(citations.length, locale) })}
      </legend>
      <ol className="mt-2 space-y-2">
        {citations.map((c, i) => {
          const open = openKeys.has(c.key) || Object.keys(errorsFor(i)).length > 0;
          const title =
            c.kind === "EXPERT_QUOTE"
              ? t("expertQuote", { expert: expertName(c), quote: c.quote || "…" })
              : c.sourceTitle || c.url || t("untitled");
          const number = formatNumber(i + 1, locale);
          return (
            <li key={c.key} className="rounded-lg border border-line">
              <div className="flex items-start gap-2 px-3 py-2">
                <div className="min-w-0 flex-1 text-sm">
                  <span className="text-xs font-medium tracking-wide text-muted uppercase">{kinds(c.kind)}</span>
                  <p dir="auto" className="line-clamp-2">
                    {title}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  <IconButton label={t("moveUp", { number })} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </IconButton>
                  <IconButton
                    label={t("moveDown", { number })}
                    disabled={i === citations.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </IconButton>
                  <IconButton
                    label={open ? t("close", { number }) : t("edit", { number })}
                    onClick={() => toggle(c.key)}
                  >
                    {open ? "▴" : "✎"}
                  </IconButton>
                  <IconButton
                    label={t("remove", { number })}
                    onClick={() => onChange(citations.filter((_, j) => j !== i))}
                  >
                    ✕
                  </IconButton>
                </div>
              </div>
              {open && (
                <CitationFields
                  citation={c}
                  experts={experts}
                  errors={errorsFor(i)}
                  index={i}
                  onChange={(x) => replace(i, x)}
                />
              )}
            </li>
          );
        })}
      </ol>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => add("EXPERT_QUOTE")}
          className="rounded-md border border-dashed border-line px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          {t("addExpert")}
        </button>
        <button
          type="button"
          onClick={() => add("DOCUMENT")}
          className="rounded-md border border-dashed border-line px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          {t("addSource")}
        </button>
      </div>
    </fieldset>
  );
}

function IconButton({
  label,
  children,
  ...props
}: {
  label: string;
  children: React.ReactNode;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className="grid h-7 w-7 place-items-center rounded-md text-muted hover:bg-slate-100 disabled:opacity-30"
      {...props}
    >
      {children}
    </button>
  );
}
