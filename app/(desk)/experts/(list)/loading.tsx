import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list-skeleton";

export default async function Loading() {
  const t = await getTranslations("experts.list");
  return <ListSkeleton label={t("loading")} rows={6} />;
}
