import { useTranslations } from "next-intl";
import type { ScaleOptionView } from "@/lib/claims/data";

// Native radios in a fieldset: arrow keys move between verdicts, and the label always accompanies the colour.
export function VerdictPicker({
  options,
  value,
  onChange,
  error,
}: {
  options: ScaleOptionView[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const t = useTranslations("annotator.verdict");
  const visible = options.filter((o) => !o.retired || o.id === value);
  return (
    <fieldset>
      <legend className="text-xs font-semibold tracking-wide text-muted uppercase">{t("legend")}</legend>
      <div className="mt-2 grid gap-1.5">
        {visible.map((o) => (
          <label
            key={o.id}
            className={`flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2 text-sm ${value === o.id ? "border-accent bg-indigo-50" : "border-line hover:bg-slate-50"}`}
          >
            <input
              type="radio"
              name="verdict"
              value={o.id}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              className="mt-1 accent-[var(--color-accent)]"
            />
            <span
              aria-hidden="true"
              className="mt-1 h-3 w-3 shrink-0 rounded-full"
              style={{ backgroundColor: o.colour }}
            />
            <span>
              <span dir="auto" className="font-medium">
                {o.label}
              </span>
              {o.retired && <span className="text-muted">{t("retired")}</span>}
              {o.description && (
                <span dir="auto" className="block text-xs text-muted">
                  {o.description}
                </span>
              )}
            </span>
          </label>
        ))}
        <label
          className={`flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm ${value === "" ? "border-accent bg-indigo-50" : "border-line"}`}
        >
          <input
            type="radio"
            name="verdict"
            value=""
            checked={value === ""}
            onChange={() => onChange("")}
            className="accent-[var(--color-accent)]"
          />
          <span className="text-muted">{t("none")}</span>
        </label>
      </div>
      {error && <p className="mt-1 text-xs text-danger">{error}</p>}
    </fieldset>
  );
}
