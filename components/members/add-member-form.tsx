"use client";
import { addMemberAction } from "@/lib/members/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";

export function AddMemberForm() {
  const { result, pending, onSubmit } = useFormSubmit(addMemberAction, (r, form) => { if (r.ok) form.reset(); });
  const errors: Record<string, string | undefined> = result && !result.ok
    ? { ...result.fieldErrors, ...(result.details?.field === "email" ? { email: result.message } : {}) }
    : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add a member">
      {result?.ok && <FormMessage tone="success">Added {result.data.email}. Share the password with them securely.</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required autoComplete="off" error={errors.name} />
        <TextField label="E-mail" name="email" type="email" required autoComplete="off" error={errors.email} />
        <SelectField label="Role" name="role" defaultValue="REVIEWER" error={errors.role}>
          <option value="REVIEWER">Reviewer — checks claims</option>
          <option value="EDITOR">Editor — approves and publishes</option>
          <option value="ADMIN">Admin — members, scales, settings</option>
        </SelectField>
        <TextField label="Initial password" name="password" type="password" required autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={errors.password} />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add member"}</Button>
    </form>
  );
}
