import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { findScalesForOrg } from "@/lib/scales/data";
import { ScaleList } from "@/components/scales/scale-list";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Rating scales" };

export default async function ScalesPage() {
  const viewer = await requirePageViewer("/settings/scales");
  if (!can(viewer.role, "scale.manage")) return <Forbidden what="rating scales" />;
  const scales = await findScalesForOrg(viewer.orgId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Rating scales</h1>
        <p className="text-sm text-muted">
          The verdicts reviewers choose from. New claims use the default scale. An option in use can be retired but not
          deleted.
        </p>
      </div>
      <ScaleList scales={scales} />
    </div>
  );
}
