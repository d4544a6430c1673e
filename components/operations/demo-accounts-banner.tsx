// Shown to admins while the README's demo accounts can still sign in (lib/operations/data.ts): their password is
// public, so on a real instance they must go.
import { useTranslations } from "next-intl";

export function DemoAccountsBanner({ emails }: { emails: string[] }) {
  const t = useTranslations("operations.demoAccounts");
  if (emails.length === 0) return null;
  return (
    <section aria-label={t("label")} className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <div className="mx-auto max-w-7xl">
        {t.rich("text", {
          emails: emails.join(", "),
          strong: (chunks) => <strong>{chunks}</strong>,
          members: (chunks) => (
            <a href="/settings/members" className="font-medium underline underline-offset-4">
              {chunks}
            </a>
          ),
          code: (chunks) => <code>{chunks}</code>,
        })}
      </div>
    </section>
  );
}
