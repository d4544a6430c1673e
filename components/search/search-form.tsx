import { SelectField, TextField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { UNASSIGNED } from "@/lib/search/schema";
import { CLAIM_STATES, CLAIM_STATE_LABELS } from "@/lib/vocabulary/claim-states";

type Props = {
  values: Record<string, string>;
  errors: Record<string, string>;
  verdictLabels: string[];
  members: { id: string; name: string }[];
};

// A plain GET form: every search is a shareable URL, and it works before any script has loaded.
export function SearchForm({ values, errors, verdictLabels, members }: Props) {
  return (
    <form
      role="search"
      aria-label="Search claims"
      action="/search"
      className="space-y-4 rounded-xl border border-line bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            label="Search"
            name="q"
            type="search"
            defaultValue={values.q}
            error={errors.q}
            maxLength={200}
            hint={
              <>
                Words, <q>quoted phrases</q>, <code>or</code>, and <code>-word</code> to leave a word out.
              </>
            }
            placeholder="Szechenyi, treaty, “collective defence”…"
          />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">Filters</legend>
        <SelectField label="Verdict" name="verdict" defaultValue={values.verdict ?? ""} error={errors.verdict}>
          <option value="">Any verdict</option>
          {verdictLabels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </SelectField>
        <SelectField label="State" name="state" defaultValue={values.state ?? ""} error={errors.state}>
          <option value="">Any state</option>
          {CLAIM_STATES.map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATE_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Assignee" name="assignee" defaultValue={values.assignee ?? ""} error={errors.assignee}>
          <option value="">Anyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Claim added from" name="from" type="date" defaultValue={values.from} error={errors.from} />
        <TextField label="Claim added to" name="to" type="date" defaultValue={values.to} error={errors.to} />
      </fieldset>
    </form>
  );
}
