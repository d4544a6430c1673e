import type { ReactNode } from "react";

/**
 * The desk's bordered table: a caption (read aloud, or shown with `showCaption`), one header row of `columns` (a
 * column `{ hidden: "…" }` is named for screen readers only, as an actions column is) and, when `empty` is given and
 * there are no rows, one row saying so.
 */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  empty,
  children,
}: {
  caption: string;
  showCaption?: boolean;
  columns: (string | { hidden: string })[];
  empty?: string | false;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-white">
      <table className="w-full text-start text-sm [&_th]:text-start">
        <caption className={showCaption ? "px-4 py-3 text-start text-sm font-semibold" : "sr-only"}>{caption}</caption>
        <thead
          className={`${showCaption ? "border-y" : "border-b"} border-line bg-slate-50 text-xs tracking-wide text-muted uppercase`}
        >
          <tr>
            {columns.map((column) => (
              <th key={typeof column === "string" ? column : column.hidden} scope="col" className="px-4 py-3">
                {typeof column === "string" ? column : <span className="sr-only">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {empty && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-6 text-muted">
                {empty}
              </td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  );
}
