import { buttonClasses } from "@/components/ui/button";
import { ARTICLE_SORTS, ARTICLE_SORT_KEYS, type ArticleSort } from "@/lib/articles/list-query";

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
  return (
    <form
      role="search"
      aria-label="Filter articles"
      className="grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-4 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_1.4fr_1fr_auto] lg:items-end"
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium">Search</span>
        <input name="q" defaultValue={values.q} placeholder="Title, outlet or author" className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Status</span>
        <select name="status" defaultValue={values.status ?? ""} className={field}>
          <option value="">Any</option>
          <option value="DRAFT">Draft</option>
          <option value="PUBLISHED">Published</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Outlet</span>
        <select name="outlet" defaultValue={values.outlet ?? ""} className={field}>
          <option value="">Any</option>
          {(values.outlet && !outlets.includes(values.outlet) ? [values.outlet, ...outlets] : outlets).map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Original date from</span>
        <input type="date" name="from" defaultValue={values.from} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Original date to</span>
        <input type="date" name="to" defaultValue={values.to} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Sort by</span>
        <select name="sort" defaultValue={sort} className={field}>
          {ARTICLE_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {ARTICLE_SORTS[key].label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Order</span>
        <select name="dir" defaultValue={direction} className={field}>
          <option value="desc">Descending (newest, Z–A)</option>
          <option value="asc">Ascending (oldest, A–Z)</option>
        </select>
      </label>
      <button className={buttonClasses("secondary")}>Apply</button>
    </form>
  );
}
