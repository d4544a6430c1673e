import { useTranslations } from "next-intl";

// `what` and `who` come translated from the page ("the members page", "editors and admins").
export function Forbidden({ what, who }: { what: string; who?: string }) {
  const t = useTranslations("ui.forbidden");
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-line bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{t("title", { what })}</h1>
      <p className="mt-2 text-sm text-muted">{t("body", { who: who ?? t("admins") })}</p>
    </div>
  );
}
