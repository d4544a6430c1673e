import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { ARTICLE_SORT_KEYS, type ArticleSort } from "@/lib/articles/list-query";
import { SORT_MESSAGE } from "./sort-labels";

const field = "w-full rounded-md border border-line bg-white px-3 py-2";

// A plain GET form: submitting it starts from the first page (no cursor) with the filters and sort in the URL.
export function ArticleFilters({
  values,
  outlets,
  sort,
  direction,
}: {
  values: Record<string, string | undefined>;
  outlets: string[];
  sort: ArticleSort;
  direction: "asc" | "desc";
}) {
  const t = useTranslations("articles.filters");
  const sorts = useTranslations("articles.sorts");
  return (
    <form
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-4 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_1.4fr_1fr_auto] lg:items-end"
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("search")}</span>
        <input name="q" defaultValue={values.q} placeholder={t("searchPlaceholder")} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("status")}</span>
        <select name="status" defaultValue={values.status ?? ""} className={field}>
          <option value="">{t("any")}</option>
          <option value="DRAFT">{t("draft")}</option>
          <option value="PUBLISHED">{t("published")}</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("outlet")}</span>
        <select name="outlet" defaultValue={values.outlet ?? ""} className={field}>
          <option value="">{t("any")}</option>
          {(values.outlet && !outlets.includes(values.outlet) ? [values.outlet, ...outlets] : outlets).map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("from")}</span>
        <input type="date" name="from" defaultValue={values.from} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("to")}</span>
        <input type="date" name="to" defaultValue={values.to} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("sortBy")}</span>
        <select name="sort" defaultValue={sort} className={field}>
          {ARTICLE_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {sorts(SORT_MESSAGE[key])}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("order")}</span>
        <select name="dir" defaultValue={direction} className={field}>
          <option value="desc">{t("descending")}</option>
          <option value="asc">{t("ascending")}</option>
        </select>
      </label>
      <button className={buttonClasses("secondary")}>{t("apply")}</button>
    </form>
  );
}
