// GET /api/health — public: the process is alive and answers HTTP. Touches nothing else (no database, no session),
// so a load balancer may call it every second; /api/ready says whether this server can serve requests.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
