import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { findScalesForOrg } from "@/lib/scales/data";
import { ScaleList } from "@/components/scales/scale-list";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scales.page");
  return { title: t("title") };
}

export default async function ScalesPage() {
  const viewer = await requirePageViewer("/settings/scales");
  const t = await getTranslations("scales.page");
  if (!can(viewer.role, "scale.manage")) return <Forbidden what={t("forbiddenWhat")} />;
  const scales = await findScalesForOrg(viewer.orgId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <ScaleList scales={scales} />
    </div>
  );
}
