/**
 * Says, while a member types, which HTML in a Markdown field readers will not see (the sanitizer removes it; the
 * caller finds it with lib/text/allowed-markup.ts). The
 * status region is always there, so screen readers announce the note when it appears.
 */
import { useTranslations } from "next-intl";

// `field` comes translated from the caller ("rationale", "comment").
export function RemovedMarkupNote({ id, removed, field }: { id: string; removed: string[]; field: string }) {
  const t = useTranslations("ui.removedMarkup");
  return (
    <div role="status">
      {removed.length > 0 && (
        <p id={id} className="mt-1 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
          {t("note", { tags: removed.join(", "), field })}
        </p>
      )}
    </div>
  );
}
