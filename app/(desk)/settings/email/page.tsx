import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadEmailDigestSetting } from "@/lib/digest/data";
import { loadNotificationPreferences } from "@/lib/notifications/data";
import { isMailConfigured } from "@/lib/mail/transport";
import { EmailDigestForm } from "@/components/digest/email-digest-form";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.email"))("title") };
}

// The member's own settings (every role): which events notify them, and the daily e-mail of the unread ones.
export default async function EmailSettingsPage() {
  const viewer = await requirePageViewer("/settings/email");
  const [enabled, preferences] = await Promise.all([
    loadEmailDigestSetting(viewer),
    loadNotificationPreferences(viewer),
  ]);
  const t = await getTranslations("settings.email");
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { email: viewer.email, org: viewer.orgName })}</p>
      </div>
      <section aria-labelledby="notifications-heading" className="rounded-xl border border-line bg-white p-6">
        <h2 id="notifications-heading" className="mb-4 text-lg font-semibold">
          {t("notifications")}
        </h2>
        <NotificationPreferencesForm enabled={preferences} />
      </section>
      <section aria-labelledby="email-heading" className="rounded-xl border border-line bg-white p-6">
        <h2 id="email-heading" className="mb-4 text-lg font-semibold">
          {t("daily")}
        </h2>
        <EmailDigestForm enabled={enabled} mailConfigured={isMailConfigured()} />
      </section>
    </div>
  );
}
