"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { deactivateMemberAction, reactivateMemberAction, removeMemberAction } from "@/lib/members/actions";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";

type Change = "deactivate" | "reactivate" | "remove";

const CHANGES: Record<
  Change,
  {
    action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
    variant: "secondary" | "danger";
  }
> = {
  deactivate: { action: deactivateMemberAction, variant: "danger" },
  reactivate: { action: reactivateMemberAction, variant: "secondary" },
  remove: { action: removeMemberAction, variant: "danger" },
};

// One confirmation dialog per change of a member's access; the server refuses the last active admin and says why.
export function MemberAccessDialog({ userId, name, change }: { userId: string; name: string; change: Change }) {
  const t = useTranslations(`members.access.${change}`);
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const spec = CHANGES[change];
  const { result, pending, onSubmit } = useFormSubmit(spec.action, (r) => {
    if (r.ok) setOpen(false);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("title", { name })}
      description={t("description", { name })}
      trigger={
        <Button variant="secondary" size="sm">
          {t("label")}
          <span className="sr-only">{t("labelFor", { name })}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <input type="hidden" name="userId" value={userId} />
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {common("cancel")}
          </Button>
          <Button type="submit" variant={spec.variant} disabled={pending}>
            {pending ? t("pending") : t("submit", { name })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
