// The app's side of scripts/server.mjs: the server runs each request inside an AsyncLocalStorage context and puts
// its logger on globalThis (Symbol.for keys are the same in every bundle). The app notes the organization of a
// request there, so the server's one log line per request can name it, and sends start-up warnings and request
// errors to the same JSON log. Outside that server (tests, `next dev` alone) these are quiet no-ops / console.

type RequestContext = { requestId: string; orgId?: string; timings?: RequestTiming[] };
/** One phase of a request's work, for its Server-Timing header (scripts/server.mjs writes it). */
export type RequestTiming = { name: string; ms: number };
type ContextStorage = { getStore(): RequestContext | undefined };
type LogFn = (fields: Record<string, unknown>, message: string) => void;
type ServerLog = { info: LogFn; warn: LogFn; error: LogFn };

const CONTEXT_KEY = Symbol.for("factdesk.request-context");
const LOG_KEY = Symbol.for("factdesk.log");

function currentContext(): RequestContext | undefined {
  return (globalThis as { [CONTEXT_KEY]?: ContextStorage })[CONTEXT_KEY]?.getStore();
}

/** Tells the server's request log which organization this request acted for. */
export function noteRequestOrganization(orgId: string): void {
  const context = currentContext();
  if (context) context.orgId = orgId;
}

// Server-Timing metric names are HTTP tokens: letters, digits and a few marks, no spaces.
const TIMING_NAME = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Notes how long one phase of this request took; the server sends the phases in the response's Server-Timing header
 * (browsers show it in their network panel, `npm run bench:signin` reads it). Only durations and fixed names, never
 * anything about the person or the data, and nothing that differs between a known and an unknown account.
 */
export function noteRequestTiming(name: string, ms: number): void {
  if (!TIMING_NAME.test(name)) throw new Error(`"${name}" is not a Server-Timing metric name`);
  const context = currentContext();
  if (context) (context.timings ??= []).push({ name, ms });
}

/** Runs `work` and notes its duration under `name` (also when it throws). */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    noteRequestTiming(name, performance.now() - started);
  }
}

const consoleLog: ServerLog = {
  info: (fields, message) => console.log(JSON.stringify({ level: "info", msg: message, ...fields })),
  warn: (fields, message) => console.warn(JSON.stringify({ level: "warn", msg: message, ...fields })),
  error: (fields, message) => console.error(JSON.stringify({ level: "error", msg: message, ...fields })),
};

/** The server's JSON logger (pino), or a console stand-in with the same shape when the app runs without it. */
export function serverLog(): ServerLog {
  return (globalThis as { [LOG_KEY]?: ServerLog })[LOG_KEY] ?? consoleLog;
}

/** One error line: which request (its id is on the request and shown on error pages), which route, what failed. */
export function logRequestError(
  error: unknown,
  request: { requestId?: string; method?: string; routePath?: string; routeType?: string },
): void {
  const err = error instanceof Error ? error : new Error(String(error));
  serverLog().error(
    {
      requestId: request.requestId ?? currentContext()?.requestId,
      method: request.method,
      route: request.routePath,
      routeType: request.routeType,
      orgId: currentContext()?.orgId,
      err: { type: err.name, message: err.message, digest: (err as { digest?: string }).digest, stack: err.stack },
    },
    "request error",
  );
}
