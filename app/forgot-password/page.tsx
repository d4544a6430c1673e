import type { Metadata } from "next";
import Link from "next/link";
import { AccountCard } from "@/components/onboarding/account-card";
import { ForgotPasswordForm } from "@/components/onboarding/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <AccountCard
      title="Forgot your password?"
      intro="Enter your e-mail address and we will send you a link to choose a new one."
    >
      <ForgotPasswordForm />
      <p className="mt-5 text-center text-sm">
        <Link href="/signin" className="font-medium text-accent underline-offset-2 hover:underline">
          Back to sign-in
        </Link>
      </p>
    </AccountCard>
  );
}
