"use client";
import { useState } from "react";
import { resetPasswordAction } from "@/lib/members/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, TextField } from "@/components/ui/field";

export function ResetPasswordDialog({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { result, pending, onSubmit } = useFormSubmit(resetPasswordAction);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Reset password for ${name}`}
      description="They will sign in with the new password from now on."
      trigger={
        <Button variant="secondary" size="sm">
          Reset password<span className="sr-only"> for {name}</span>
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="userId" value={userId} />
        {result?.ok && <FormMessage tone="success">Password reset. Share it with {name} securely.</FormMessage>}
        {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
        <TextField
          label="New password"
          name="password"
          id={`reset-password-${userId}`}
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={result && !result.ok ? result.fieldErrors?.password : undefined}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Close
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Set password"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
