import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { UNASSIGNED } from "@/lib/search/schema";
import { CLAIM_STATES } from "@/lib/vocabulary/claim-states";

type Props = {
  values: Record<string, string>;
  errors: Record<string, string>;
  verdictLabels: string[];
  members: { id: string; name: string }[];
};

// A plain GET form: every search is a shareable URL, and it works before any script has loaded.
export function SearchForm({ values, errors, verdictLabels, members }: Props) {
  const t = useTranslations("search.form");
  const states = useTranslations("vocabulary.claimState");
  return (
    <form
      role="search"
      aria-label={t("label")}
      action="/search"
      className="space-y-4 rounded-xl border border-line bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            label={t("search")}
            name="q"
            type="search"
            defaultValue={values.q}
            error={errors.q}
            maxLength={200}
            hint={t.rich("hint", { q: (c) => <q>{c}</q>, code: (c) => <code>{c}</code> })}
            placeholder={t("placeholder")}
          />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          {t("submit")}
        </button>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">{t("filters")}</legend>
        <SelectField label={t("verdict")} name="verdict" defaultValue={values.verdict ?? ""} error={errors.verdict}>
          <option value="">{t("anyVerdict")}</option>
          {verdictLabels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("state")} name="state" defaultValue={values.state ?? ""} error={errors.state}>
          <option value="">{t("anyState")}</option>
          {CLAIM_STATES.map((s) => (
            <option key={s} value={s}>
              {states(s)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("assignee")} name="assignee" defaultValue={values.assignee ?? ""} error={errors.assignee}>
          <option value="">{t("anyone")}</option>
          <option value={UNASSIGNED}>{t("unassigned")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("from")} name="from" type="date" defaultValue={values.from} error={errors.from} />
        <TextField label={t("to")} name="to" type="date" defaultValue={values.to} error={errors.to} />
      </fieldset>
    </form>
  );
}
