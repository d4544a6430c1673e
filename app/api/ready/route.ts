import { checkReadiness } from "@/lib/operations/readiness";

// GET /api/ready — public: 200 when the database answers and every committed migration is applied, otherwise 503
// with a JSON reason. One small query per call (lib/operations/readiness.ts); no session is read.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json(
    { status: "unavailable", reason: readiness.reason, message: readiness.message },
    { status: 503, headers: { ...headers, "Retry-After": "5" } },
  );
}
