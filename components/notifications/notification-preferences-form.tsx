"use client";
import { setNotificationPreferencesAction } from "@/lib/notifications/actions";
import { useTranslations } from "next-intl";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFormSubmit } from "@/components/ui/use-form-submit";

// The member's own choice of the events that notify them; what is unchecked is neither in the bell nor in the digest.
export function NotificationPreferencesForm({ enabled }: { enabled: Record<NotificationKind, boolean> }) {
  const t = useTranslations("notifications.preferences");
  const kinds = useTranslations("vocabulary.notificationKind");
  const { result, pending, onSubmit } = useFormSubmit(setNotificationPreferencesAction);
  const current = result?.ok ? new Set(result.data.enabled) : new Set(NOTIFICATION_KINDS.filter((k) => enabled[k]));
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("form")}>
      {result?.ok && <FormMessage tone="success">{t("saved")}</FormMessage>}
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="kinds"
              value={kind}
              defaultChecked={current.has(kind)}
              aria-describedby={`notify-${kind}-hint`}
              className="mt-0.5 h-4 w-4 accent-accent"
            />
            <span>
              <span className="block font-medium">{kinds(`${kind}.label`)}</span>
              <span id={`notify-${kind}-hint`} className="block text-xs text-muted">
                {kinds(`${kind}.description`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
