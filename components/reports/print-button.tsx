"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("reports.downloads");
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
