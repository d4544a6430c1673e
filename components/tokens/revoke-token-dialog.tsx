"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function RevokeTokenDialog({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("tokens.revoke");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { result, pending, onSubmit } = useFormSubmit(revokeApiTokenAction, (r) => {
    if (r.ok) setOpen(false);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("title", { name })}
      description={t("description")}
      trigger={
        <Button variant="secondary" size="sm">
          {t("trigger")}
          <span className="sr-only">{t("triggerFor", { name })}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="tokenId" value={tokenId} />
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {common("cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t("pending") : t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
