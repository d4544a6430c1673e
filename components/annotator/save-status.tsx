import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed" | "conflict"; message: string };

// Saving, saved, failed and conflict are always spelled out; the form keeps its input in every case.
export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const t = useTranslations("annotator.saveStatus");
  const locale = useLocale();
  if (state.kind === "failed" || state.kind === "conflict") {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
        {state.message}
      </p>
    );
  }
  const text =
    state.kind === "saving"
      ? t("saving")
      : state.kind === "saved" && !dirty
        ? t("savedAt", { time: formatDate(state.at, "time", { locale }) })
        : dirty
          ? t("unsaved")
          : "";
  return (
    <p role="status" className={`min-h-5 text-sm ${state.kind === "saved" && !dirty ? "text-success" : "text-muted"}`}>
      {text}
    </p>
  );
}
