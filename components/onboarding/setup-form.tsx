"use client";
import Link from "next/link";
import { completeSetupAction } from "@/lib/setup/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

export function SetupForm({ token }: { token: string }) {
  const { result, pending, onSubmit } = useFormSubmit(completeSetupAction);
  if (result?.ok) {
    return (
      <div className="space-y-5">
        <FormMessage tone="success">
          FactDesk is set up. Sign in as {result.data.email}, then invite your colleagues from Settings → Members.
        </FormMessage>
        <Link href="/signin" className={`${buttonClasses("primary")} w-full`}>
          Sign in
        </Link>
      </div>
    );
  }
  const errors: Record<string, string | undefined> =
    result && !result.ok
      ? {
          ...result.fieldErrors,
          ...(typeof result.details?.field === "string" ? { [result.details.field]: result.message } : {}),
        }
      : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Set up FactDesk">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold">Your organization</legend>
        <TextField
          label="Organization name"
          name="orgName"
          required
          maxLength={120}
          autoComplete="organization"
          error={errors.orgName}
        />
        <TextField
          label="Short name for addresses (slug)"
          name="slug"
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          hint="Lowercase letters, digits and hyphens; it appears in public links such as /r/your-slug/…"
          error={errors.slug}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-semibold">The first admin (you)</legend>
        <TextField label="Your name" name="name" required maxLength={120} autoComplete="name" error={errors.name} />
        <TextField label="E-mail" name="email" type="email" required autoComplete="username" error={errors.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.password}
        />
      </fieldset>
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? "Setting up…" : "Create organization and admin"}
      </Button>
    </form>
  );
}
