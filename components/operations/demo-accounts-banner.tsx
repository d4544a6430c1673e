// Shown to admins while the README's demo accounts can still sign in (lib/operations/data.ts): their password is
// public, so on a real instance they must go.
export function DemoAccountsBanner({ emails }: { emails: string[] }) {
  if (emails.length === 0) return null;
  return (
    <section
      aria-label="Demo accounts warning"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <div className="mx-auto max-w-7xl">
        <strong>Demo accounts are active.</strong> Anyone can sign in as {emails.join(", ")} with the password published
        in the README. Before this desk is used for real work, remove these members under{" "}
        <a href="/settings/members" className="font-medium underline underline-offset-4">
          Settings → Members
        </a>{" "}
        (or start from an empty database with <code>npm start</code>).
      </div>
    </section>
  );
}
