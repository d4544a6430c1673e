import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { BrandMark } from "@/components/layout/brand-mark";
import { getViewer } from "@/lib/auth/viewer";
import { isSetupNeeded } from "@/lib/setup/data";
import { SETUP_NEEDED_MESSAGE } from "@/lib/setup/messages";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  const { callbackUrl, signedOut } = await searchParams;
  if (await getViewer()) redirect("/articles");
  const setupNeeded = await isSetupNeeded();
  return (
    <main className="grid min-h-screen place-items-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <BrandMark />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to FactDesk</h1>
          <p className="text-sm text-muted">Review claims, weigh the evidence, publish verdicts.</p>
        </div>
        <div className="rounded-xl border border-line bg-white p-6 shadow-sm">
          {signedOut && (
            <p role="status" className="mb-4 text-sm text-success">
              You are signed out.
            </p>
          )}
          {setupNeeded ? (
            <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-ink">
              {SETUP_NEEDED_MESSAGE}
            </p>
          ) : (
            <SignInForm callbackUrl={callbackUrl ?? "/articles"} />
          )}
          {!setupNeeded && (
            <p className="mt-5 text-center text-sm">
              <Link href="/forgot-password" className="font-medium text-accent underline-offset-2 hover:underline">
                Forgot password?
              </Link>
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
