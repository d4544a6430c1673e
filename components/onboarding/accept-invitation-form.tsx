"use client";
import Link from "next/link";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { result, pending, onSubmit } = useFormSubmit(acceptInvitationAction);
  if (result?.ok) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">
          Welcome to {result.data.orgName}. Your account is ready: sign in with {result.data.email} and your new
          password.
        </FormMessage>
        <Link href="/signin" className={`${buttonClasses("primary")} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Join">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <TextField
        label="E-mail"
        name="email-shown"
        value={email}
        readOnly
        autoComplete="username"
        hint="The address the invitation was sent to."
      />
      <TextField label="Your name" name="name" required autoComplete="name" maxLength={120} error={errors.name} />
      <TextField
        label="Choose a password"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? "Creating your account…" : "Join"}
      </Button>
    </form>
  );
}
