"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const active = usePathname()?.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm whitespace-nowrap ${active ? "bg-slate-100 font-medium text-ink" : "text-muted hover:text-ink"}`}
    >
      {children}
    </Link>
  );
}
