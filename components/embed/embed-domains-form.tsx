"use client";
import { saveEmbedDomainsAction } from "@/lib/embed/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function EmbedDomainsForm({ domains }: { domains: string[] }) {
  const { result, pending, onSubmit } = useFormSubmit(saveEmbedDomainsAction, (r, form) => {
    // show the list as stored (lower case, one per line, duplicates gone)
    if (r.ok) (form.elements.namedItem("domains") as HTMLTextAreaElement).value = r.data.domains.join("\n");
  });
  const error = result && !result.ok ? (result.fieldErrors?.domains ?? result.message) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Embed domains" className="space-y-4">
      <TextAreaField
        label="Publisher domains"
        name="domains"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        defaultValue={domains.join("\n")}
        error={error}
        maxLength={20000}
        hint="One per line: news.example.com, *.example.com for every subdomain, or localhost:8080 for one port. Leave it empty to show the checks on no other site."
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save domains"}
        </Button>
        <div aria-live="polite">
          {result?.ok && (
            <FormMessage tone="success">
              Saved:{" "}
              {result.data.domains.length === 0
                ? "no site may show your checks."
                : `${result.data.domains.length} ${result.data.domains.length === 1 ? "domain" : "domains"}.`}
            </FormMessage>
          )}
        </div>
      </div>
    </form>
  );
}
