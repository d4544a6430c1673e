import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadEmailDigestSetting } from "@/lib/digest/data";
import { isMailConfigured } from "@/lib/mail/transport";
import { EmailDigestForm } from "@/components/digest/email-digest-form";

export const metadata: Metadata = { title: "E-mail settings" };

export default async function EmailSettingsPage() {
  const viewer = await requirePageViewer("/settings/email");
  const enabled = await loadEmailDigestSetting(viewer);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">E-mail settings</h1>
        <p className="text-sm text-muted">
          For {viewer.email} in {viewer.orgName}.
        </p>
      </div>
      <section className="rounded-xl border border-line bg-white p-6">
        <EmailDigestForm enabled={enabled} mailConfigured={isMailConfigured()} />
      </section>
    </div>
  );
}
