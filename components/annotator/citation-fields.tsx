"use client";
import { useTranslations } from "next-intl";
import type { ExpertView } from "@/lib/claims/view";
import { CITATION_KINDS } from "@/lib/vocabulary/citation-kinds";
import type { CitationDraft } from "./claim-draft";
import { cn } from "@/lib/class-names";

const INPUT =
  "mt-1 block w-full rounded-md border border-line bg-white px-2.5 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25 aria-[invalid=true]:border-danger";
const SOURCE_KINDS = CITATION_KINDS.filter((k) => k !== "EXPERT_QUOTE");
const NEW_EXPERT = "__new__";

type Props = {
  citation: CitationDraft;
  experts: ExpertView[];
  errors: Record<string, string>;
  index: number;
  onChange: (c: CitationDraft) => void;
};

export function CitationFields({ citation: c, experts, errors, index, onChange }: Props) {
  const t = useTranslations("annotator.citationFields");
  const kinds = useTranslations("vocabulary.citationKind");
  const set = (patch: Partial<CitationDraft>) => onChange({ ...c, ...patch });
  const id = (field: string) => `citation-${index}-${field}`;
  const field = (name: keyof CitationDraft, label: string, type = "text", placeholder = "") => (
    <label className="block text-sm font-medium" htmlFor={id(name)}>
      {label}
      <input
        id={id(name)}
        type={type}
        className={INPUT}
        value={String(c[name] ?? "")}
        placeholder={placeholder}
        onChange={(e) => set({ [name]: e.target.value } as Partial<CitationDraft>)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id(name)}-error` : undefined}
      />
      {errors[name] && (
        <span id={`${id(name)}-error`} className="mt-1 block text-xs font-normal text-danger">
          {errors[name]}
        </span>
      )}
    </label>
  );

  if (c.kind === "EXPERT_QUOTE") {
    const expertValue = c.newExpert ? NEW_EXPERT : c.expertId;
    const setNew = (patch: Partial<NonNullable<CitationDraft["newExpert"]>>) =>
      set({ newExpert: { ...c.newExpert!, ...patch } });
    return (
      <div className="space-y-3 border-t border-line bg-slate-50/60 px-3 py-3">
        <label className="block text-sm font-medium" htmlFor={id("expert")}>
          {t("expert")}
          <select
            id={id("expert")}
            className={INPUT}
            value={expertValue}
            aria-invalid={errors.expertId ? true : undefined}
            onChange={(e) =>
              e.target.value === NEW_EXPERT
                ? set({ expertId: "", newExpert: { name: "", title: "", affiliation: "", profileUrl: "" } })
                : set({ expertId: e.target.value, newExpert: null })
            }
          >
            <option value="">{t("chooseExpert")}</option>
            {experts.map((e) => (
              <option key={e.id} value={e.id}>
                {e.affiliation ? t("expertOption", { name: e.name, affiliation: e.affiliation }) : e.name}
              </option>
            ))}
            <option value={NEW_EXPERT}>{t("newExpert")}</option>
          </select>
          {errors.expertId && <span className="mt-1 block text-xs font-normal text-danger">{errors.expertId}</span>}
        </label>
        {c.newExpert && (
          <div className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-2">
            {(["name", "title", "affiliation", "profileUrl"] as const).map((k) => (
              <label key={k} className="block text-sm font-medium" htmlFor={id(`new-${k}`)}>
                {t(
                  (
                    {
                      name: "expertName",
                      title: "expertTitle",
                      affiliation: "affiliation",
                      profileUrl: "profileUrl",
                    } as const
                  )[k],
                )}
                <input
                  id={id(`new-${k}`)}
                  className={INPUT}
                  value={c.newExpert![k]}
                  type={k === "profileUrl" ? "url" : "text"}
                  onChange={(e) => setNew({ [k]: e.target.value })}
                  aria-invalid={errors[`newExpert`] ? true : undefined}
                />
              </label>
            ))}
            {errors.newExpert && <p className="text-xs text-danger sm:col-span-2">{errors.newExpert}</p>}
          </div>
        )}
        <label className="block text-sm font-medium" htmlFor={id("quote")}>
          {t("expertSaid")}
          <textarea
            dir="auto"
            id={id("quote")}
            className={cn(INPUT, "min-h-16")}
            value={c.quote}
            onChange={(e) => set({ quote: e.target.value })}
            aria-invalid={errors.quote ? true : undefined}
          />
          {errors.quote && <span className="mt-1 block text-xs font-normal text-danger">{errors.quote}</span>}
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          {field("saidWhere", t("saidWhere"), "text", t("saidWherePlaceholder"))}
          {field("saidAt", t("saidAt"), "date")}
        </div>
        {field("url", t("sourceUrl"), "url", "https://")}
      </div>
    );
  }
  return (
    <div className="space-y-3 border-t border-line bg-slate-50/60 px-3 py-3">
      <label className="block text-sm font-medium" htmlFor={id("kind")}>
        {t("kind")}
        <select
          id={id("kind")}
          className={INPUT}
          value={c.kind}
          onChange={(e) => set({ kind: e.target.value as CitationDraft["kind"] })}
        >
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </label>
      {field("sourceTitle", t("title"))}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("publisher", t("publisher"))}
        {field("accessedAt", t("accessed"), "date")}
      </div>
      {field("url", t("url"), "url", "https://")}
      {field("quote", t("excerpt"))}
    </div>
  );
}
