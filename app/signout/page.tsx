import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <main className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-line bg-white p-6 text-center shadow-sm">
        <h1 className="text-xl font-semibold">Sign out of FactDesk?</h1>
        <p className="mt-2 text-sm text-muted">Unsaved changes in other tabs will be lost.</p>
        <form action={signOutAction} className="mt-6 flex justify-center gap-3">
          <Link href="/articles" className={buttonClasses("secondary")}>
            Stay signed in
          </Link>
          <button type="submit" className={buttonClasses("primary")}>
            Sign out
          </button>
        </form>
      </div>
    </main>
  );
}
