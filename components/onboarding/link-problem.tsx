import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

// A link that cannot be used (unknown, expired, used, revoked): say which and what to do, never an error page.
export function LinkProblem({
  message,
  action,
}: {
  message: string;
  /** where to go instead; sign-in unless given, none when null */
  action?: { href: string; label: string } | null;
}) {
  const t = useTranslations("onboarding.linkProblem");
  const next = action === undefined ? { href: "/signin", label: t("goToSignIn") } : action;
  return (
    <div className="space-y-5">
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-ink">
        {message}
      </p>
      {next && (
        <Link href={next.href} className={`${buttonClasses("secondary")} w-full`}>
          {next.label}
        </Link>
      )}
    </div>
  );
}
