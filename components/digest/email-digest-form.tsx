"use client";
import { setEmailDigestAction } from "@/lib/digest/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function EmailDigestForm({ enabled, mailConfigured }: { enabled: boolean; mailConfigured: boolean }) {
  const { result, pending, onSubmit } = useFormSubmit(setEmailDigestAction);
  const current = result?.ok ? result.data.enabled : enabled;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Daily e-mail">
      {result?.ok && (
        <FormMessage tone="success">
          {current
            ? "Saved: you will get a daily e-mail when you have unread notifications."
            : "Saved: no daily e-mail."}
        </FormMessage>
      )}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Daily summary of unread notifications</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="emailDigest"
            value="on"
            defaultChecked={current}
            className="h-4 w-4 accent-accent"
          />{" "}
          Send me one e-mail a day when I have unread notifications
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="emailDigest"
            value="off"
            defaultChecked={!current}
            className="h-4 w-4 accent-accent"
          />{" "}
          No daily e-mail
        </label>
      </fieldset>
      {!mailConfigured && (
        <p className="text-xs text-muted">
          This server has no e-mail configured yet: nothing is sent until an administrator sets SMTP_URL.
        </p>
      )}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
