// Next calls these in the server process (see scripts/server.mjs for the logger they write to).
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { warnAboutProductionConfiguration } = await import("@/lib/operations/startup-warnings");
  await warnAboutProductionConfiguration();
  const { startDigestTimer } = await import("@/lib/digest/timer");
  startDigestTimer();
  // not awaited: the server starts listening meanwhile; a database that is not there yet is reported by readiness
  const { warmUpSignIn } = await import("@/lib/auth/warm-up");
  const { serverLog } = await import("@/lib/operations/request-context");
  const started = performance.now();
  warmUpSignIn().then(
    () => serverLog().info({ ms: Math.round(performance.now() - started) }, "sign-in warmed up"),
    (error: unknown) =>
      serverLog().warn({ message: error instanceof Error ? error.message : String(error) }, "sign-in warm-up failed"),
  );
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logRequestError } = await import("@/lib/operations/request-context");
  const requestId = [request.headers["x-request-id"]].flat()[0];
  logRequestError(error, {
    requestId,
    method: request.method,
    routePath: context.routePath,
    routeType: context.routeType,
  });
};
