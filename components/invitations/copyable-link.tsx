"use client";
import { useTranslations } from "next-intl";
import { CopyField } from "@/components/ui/copy-field";

// A one-time link shown to the admin (no SMTP configured, or the mail server refused): copy it, it is shown once.
export function CopyableLink({ id, label, link }: { id: string; label: string; link: string }) {
  const t = useTranslations("invitations.delivery");
  return <CopyField name={id} label={label} value={link} what={t("what")} />;
}
