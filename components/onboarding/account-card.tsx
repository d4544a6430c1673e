import type { ReactNode } from "react";
import { BrandMark } from "@/components/layout/brand-mark";
import { VisitorLanguageMenu } from "@/components/auth/visitor-language-menu";

// The frame of every page a person reaches from a link before they have an account or a session: setup,
// invitation, password reset. Same look as the sign-in page, with the same language menu under the card.
export function AccountCard({
  title,
  intro,
  children,
  wide = false,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <main className="grid min-h-screen place-items-center px-4 py-12">
      <div className={`w-full ${wide ? "max-w-lg" : "max-w-sm"}`}>
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <BrandMark />
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {intro && <p className="text-sm text-muted">{intro}</p>}
        </div>
        <div className="rounded-xl border border-line bg-white p-6 shadow-sm">{children}</div>
        <div className="mt-6">
          <VisitorLanguageMenu />
        </div>
      </div>
    </main>
  );
}
