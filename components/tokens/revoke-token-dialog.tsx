"use client";
import { useState } from "react";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function RevokeTokenDialog({ tokenId, name }: { tokenId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { result, pending, onSubmit } = useFormSubmit(revokeApiTokenAction, (r) => {
    if (r.ok) setOpen(false);
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Revoke the token “${name}”?`}
      description="Apps that use it lose write access at once. This cannot be undone: create a new token if the app needs one again."
      trigger={
        <Button variant="secondary" size="sm">
          Revoke<span className="sr-only"> token {name}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="tokenId" value={tokenId} />
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Revoking…" : "Revoke token"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
