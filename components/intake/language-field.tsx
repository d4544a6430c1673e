import { SelectField } from "@/components/ui/field";
import { ARTICLE_LANGUAGES, languageName } from "@/lib/vocabulary/languages";

/**
 * The article's language. On a new article the empty choice means "detect it from the text (or the page's own
 * language)"; in the details form it means the language is not set.
 */
export function LanguageField({
  emptyLabel,
  defaultValue = "",
  error,
}: {
  emptyLabel: "Detect automatically" | "Not set";
  defaultValue?: string;
  error?: string;
}) {
  return (
    <SelectField
      label="Language"
      name="language"
      defaultValue={defaultValue}
      error={error}
      hint="Readers' browsers and screen readers use it; right-to-left languages are laid out right to left."
    >
      <option value="">{emptyLabel}</option>
      {ARTICLE_LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageName(language, { native: true })}
        </option>
      ))}
    </SelectField>
  );
}
