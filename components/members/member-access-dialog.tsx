"use client";
import { useState } from "react";
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
    label: string;
    pending: string;
    variant: "secondary" | "danger";
    describe: (name: string) => string;
  }
> = {
  deactivate: {
    action: deactivateMemberAction,
    label: "Deactivate",
    pending: "Deactivating…",
    variant: "danger",
    describe: (name) =>
      `${name} is signed out at once and cannot sign in until an admin reactivates them. Their claims, verdicts and comments keep their name.`,
  },
  reactivate: {
    action: reactivateMemberAction,
    label: "Reactivate",
    pending: "Reactivating…",
    variant: "secondary",
    describe: (name) => `${name} can sign in again with their password, with the role they had.`,
  },
  remove: {
    action: removeMemberAction,
    label: "Remove",
    pending: "Removing…",
    variant: "danger",
    describe: (name) =>
      `${name} leaves the organization and is signed out at once. Their past work stays and keeps their name. This cannot be undone here: to bring them back, add them again.`,
  },
};

// One confirmation dialog per change of a member's access; the server refuses the last active admin and says why.
export function MemberAccessDialog({ userId, name, change }: { userId: string; name: string; change: Change }) {
  const [open, setOpen] = useState(false);
  const spec = CHANGES[change];
  const { result, pending, onSubmit } = useFormSubmit(spec.action, (r) => {
    if (r.ok) setOpen(false);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`${spec.label} ${name}?`}
      description={spec.describe(name)}
      trigger={
        <Button variant="secondary" size="sm">
          {spec.label}
          <span className="sr-only"> {name}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <input type="hidden" name="userId" value={userId} />
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" variant={spec.variant} disabled={pending}>
            {pending ? spec.pending : `${spec.label} ${name}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
