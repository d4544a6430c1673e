/**
 * Says, while a member types, which HTML in a Markdown field readers will not see (the sanitizer removes it; the
 * caller finds it with lib/text/allowed-markup.ts). The
 * status region is always there, so screen readers announce the note when it appears.
 */
export function RemovedMarkupNote({ id, removed, field }: { id: string; removed: string[]; field: string }) {
  return (
    <div role="status">
      {removed.length > 0 && (
        <p id={id} className="mt-1 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
          Readers will not see {removed.join(", ")}: that HTML is removed when the {field} is shown. Use Markdown
          instead: **bold**, _italic_, [a link](https://…), &gt; a quote.
        </p>
      )}
    </div>
  );
}
