import { requirePermission } from "@/lib/auth/viewer";
import { invalidQuery, readQueryParams, route } from "@/lib/http/route";
import { orgExportQuerySchema } from "@/lib/reports/export-query";
import { openOrgExport } from "@/lib/reports/org-export";

// GET /api/exports?format=jsonl|csv&from=YYYY-MM-DD&to=YYYY-MM-DD&state=STATE&verdict=LABEL
// Streams the internal review report of every matching article of the viewer's organization.
// X-Total-Articles carries the count up front so the client can show progress.
export const GET = route(async (request) => {
  const viewer = await requirePermission("export.read");
  const query = orgExportQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
  if (!query.success) return invalidQuery(query.error);
  const { stream, headers } = await openOrgExport(viewer.orgId, query.data, new Date(), request.signal);
  return new Response(stream, { headers });
});
