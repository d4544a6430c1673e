"use client";
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const active = usePathname()?.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`relative rounded-md px-3 py-1.5 text-sm whitespace-nowrap ${active ? "bg-slate-100 font-medium text-ink" : "text-muted hover:text-ink"}`}
    >
      {children}
      <PendingDot />
    </Link>
  );
}

// While the page a link leads to is on its way (pages without a loading skeleton, such as the Articles list, which
// is the page after sign-in and appears faster without one), the link shows it: a pulsing dot, not read aloud (the
// new page's title is).
function PendingDot() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={`absolute end-1 top-1 h-1.5 w-1.5 rounded-full bg-accent ${pending ? "animate-pulse" : "invisible"}`}
    />
  );
}
