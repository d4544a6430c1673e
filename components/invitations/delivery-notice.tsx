"use client";
import { useTranslations } from "next-intl";
import type { InvitationDelivery } from "@/lib/invitations/deliver";
import { FormMessage } from "@/components/ui/field";
import { CopyableLink } from "./copyable-link";

// What happened to an invitation just issued: e-mailed, or a link for the admin to pass on.
export function DeliveryNotice({ delivery, idPrefix }: { delivery: InvitationDelivery; idPrefix: string }) {
  const t = useTranslations("invitations.delivery");
  if (delivery.emailed) return <FormMessage tone="success">{t("emailed", { email: delivery.email })}</FormMessage>;
  return (
    <section
      aria-label={t("section", { email: delivery.email })}
      className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4"
    >
      {delivery.mailError ? (
        <FormMessage tone="error">{delivery.mailError}</FormMessage>
      ) : (
        <FormMessage tone="success">{t("created", { email: delivery.email })}</FormMessage>
      )}
      {delivery.link && (
        <CopyableLink id={`${idPrefix}-link`} label={t("link", { email: delivery.email })} link={delivery.link} />
      )}
    </section>
  );
}
