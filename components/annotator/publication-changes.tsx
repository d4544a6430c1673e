import { useLocale, useTranslations } from "next-intl";
import type { PublicationPreview, PublicationPreviewItem } from "@/lib/workflow/publication-plan";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isInterfaceLocale } from "@/lib/i18n/locales";
import { displayLanguageName } from "@/lib/vocabulary/language-display";

// The publish dialog's side-by-side views: what readers see now beside what they will see after publishing.

// A claim's fields (lib/publishing/plan-publication.ts) and the article's details (lib/publishing/article-meta.ts), as
// the plan names them, and their words in the catalogue (annotator.changes.field.*).
const FIELD_KEYS = {
  words: "words",
  verdict: "verdict",
  rationale: "rationale",
  evidence: "evidence",
  claimant: "claimant",
  date: "date",
  context: "context",
  title: "title",
  outlet: "outlet",
  author: "author",
  "original date": "originalDate",
  "original address": "originalAddress",
  language: "language",
  "reader page language": "readerLanguage",
} as const;

export function useKindLabel() {
  const t = useTranslations("annotator.changes.kind");
  return (kind: PublicationPreviewItem["kind"]) => t(kind);
}

function Empty({ text }: { text: string }) {
  const t = useTranslations("annotator.changes");
  return text ? text : <span className="text-muted">{t("none")}</span>;
}

export function TextChanges({ text }: { text: PublicationPreview["text"] }) {
  const t = useTranslations("annotator.changes");
  const locale = useLocale();
  return (
    <section aria-labelledby="text-changes">
      <h3 id="text-changes" className="text-sm font-semibold">
        {t("articleText")}
      </h3>
      <table className="mt-2 w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="text-start text-xs text-muted">
            <th scope="col" className="w-1/2 pe-2 pb-1 text-start font-medium">
              {t("readersNow")}
            </th>
            <th scope="col" className="w-1/2 pb-1 text-start font-medium">
              {t("afterPublishing")}
            </th>
          </tr>
        </thead>
        <tbody>
          {text.hunks.map((h, i) => (
            <tr key={i} className="border-t border-line align-top">
              <td dir="auto" className="py-2 pe-2 break-words whitespace-pre-wrap">
                …{h.contextBefore}
                <del className="bg-red-100 text-red-900">{h.before}</del>
                {h.contextAfter}…
              </td>
              <td dir="auto" className="py-2 break-words whitespace-pre-wrap">
                …{h.contextBefore}
                <ins className="bg-green-100 text-green-900 no-underline">{h.after}</ins>
                {h.contextAfter}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {text.more > 0 && (
        <p className="mt-1 text-xs text-muted">{t("more", { count: text.more, n: formatNumber(text.more, locale) })}</p>
      )}
    </section>
  );
}

export function MetaChanges({ changes }: { changes: PublicationPreview["metaChanges"] }) {
  const t = useTranslations("annotator.changes");
  const names = useTranslations("common.languageName");
  const current = useLocale();
  const locale = isInterfaceLocale(current) ? current : DEFAULT_LOCALE;
  // the plan gives languages as codes: named here in the editor's language, like the line under the title
  const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const show = (field: string, value: string) => {
    if (field === "language") return value && capitalize(displayLanguageName(value, locale));
    if (field === "reader page language") {
      if (!value) return t("organizationLanguage");
      return isInterfaceLocale(value) ? names(value) : capitalize(displayLanguageName(value, locale));
    }
    return value;
  };
  const named = changes.map((c) => ({ ...c, before: show(c.field, c.before), after: show(c.field, c.after) }));
  return (
    <section aria-labelledby="meta-changes">
      <h3 id="meta-changes" className="text-sm font-semibold">
        {t("articleDetails")}
      </h3>
      <ChangeTable changes={named} />
    </section>
  );
}

export function FieldChanges({ item }: { item: PublicationPreviewItem }) {
  if (item.changes.length === 0) return null;
  return <ChangeTable changes={item.changes} />;
}

function ChangeTable({ changes }: { changes: { field: string; before: string; after: string }[] }) {
  const t = useTranslations("annotator.changes");
  const fieldName = (field: string) =>
    Object.hasOwn(FIELD_KEYS, field)
      ? t(`field.${FIELD_KEYS[field as keyof typeof FIELD_KEYS]}`)
      : field[0].toUpperCase() + field.slice(1);
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-sm">
      <thead>
        <tr className="text-start text-xs text-muted">
          <th scope="col" className="w-28 pb-1 text-start font-medium">
            {t("changed")}
          </th>
          <th scope="col" className="pe-2 pb-1 text-start font-medium">
            {t("readersNow")}
          </th>
          <th scope="col" className="pb-1 text-start font-medium">
            {t("afterPublishing")}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="border-t border-line align-top">
            <th scope="row" className="py-1.5 pe-2 text-start font-medium">
              {fieldName(c.field)}
            </th>
            <td dir="auto" className="py-1.5 pe-2 break-words whitespace-pre-wrap">
              <del className="bg-red-50 text-red-900">
                <Empty text={c.before} />
              </del>
            </td>
            <td dir="auto" className="py-1.5 break-words whitespace-pre-wrap">
              <ins className="bg-green-50 text-green-900 no-underline">
                <Empty text={c.after} />
              </ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
