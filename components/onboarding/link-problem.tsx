import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

// A link that cannot be used (unknown, expired, used, revoked): say which and what to do, never an error page.
export function LinkProblem({
  message,
  action = { href: "/signin", label: "Go to sign-in" },
}: {
  message: string;
  action?: { href: string; label: string } | null;
}) {
  return (
    <div className="space-y-5">
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-ink">
        {message}
      </p>
      {action && (
        <Link href={action.href} className={`${buttonClasses("secondary")} w-full`}>
          {action.label}
        </Link>
      )}
    </div>
  );
}
