"use client";
import Link from "next/link";
import { resetPasswordWithLinkAction } from "@/lib/password-resets/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ResetPasswordForm({ token }: { token: string }) {
  const { result, pending, onSubmit } = useFormSubmit(resetPasswordWithLinkAction);
  if (result?.ok) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">
          Your password is changed and every other session of {result.data.email} is signed out. Sign in with the new
          password.
        </FormMessage>
        <Link href="/signin" className={`${buttonClasses("primary")} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Choose a new password">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={result && !result.ok ? result.fieldErrors?.password : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
