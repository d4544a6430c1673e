"use client";
import { useTranslations } from "next-intl";
import { saveEmbedDomainsAction } from "@/lib/embed/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function EmbedDomainsForm({ domains }: { domains: string[] }) {
  const t = useTranslations("embedPanel.domains");
  const { result, pending, onSubmit } = useFormSubmit(saveEmbedDomainsAction, (r, form) => {
    // show the list as stored (lower case, one per line, duplicates gone)
    if (r.ok) (form.elements.namedItem("domains") as HTMLTextAreaElement).value = r.data.domains.join("\n");
  });
  const error = result && !result.ok ? (result.fieldErrors?.domains ?? result.message) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      <TextAreaField
        label={t("label")}
        name="domains"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        dir="ltr"
        defaultValue={domains.join("\n")}
        error={error}
        maxLength={20000}
        hint={t("hint")}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <div aria-live="polite">
          {result?.ok && (
            <FormMessage tone="success">
              {result.data.domains.length === 0 ? t("savedNone") : t("saved", { count: result.data.domains.length })}
            </FormMessage>
          )}
        </div>
      </div>
    </form>
  );
}
