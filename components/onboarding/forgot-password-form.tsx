"use client";
import { requestPasswordResetAction } from "@/lib/password-resets/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function ForgotPasswordForm() {
  const { result, pending, onSubmit } = useFormSubmit(requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Reset your password">
      {result?.ok && <FormMessage tone="success">{result.data.message}</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <TextField
        label="E-mail"
        name="email"
        type="email"
        required
        autoComplete="username"
        error={result && !result.ok ? result.fieldErrors?.email : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
