import { ZodError } from "zod";
import { AppError, formatIssuePath, statusOf, toActionFailure } from "@/lib/errors";
import { runWithPublicReads } from "@/lib/read-scope";
import { issueEnglish } from "@/lib/validation/issue-text";

// The shell of every route handler: `route(handler)` answers anything the handler throws with a small JSON body and
// the AppError's status (a ZodError is a 400 naming the bad parameter; anything unexpected is logged and becomes a
// 503 with a plain message), never a stack trace. `cors` adds the headers a cross-site read needs, and
// `preflight(cors)` is the route's OPTIONS answer. Methods a route does not export get 405 from Next.js itself.

type RouteContext<P> = { params: Promise<P> };
export type RouteHandler<P = Record<string, string>> = (
  request: Request,
  context: RouteContext<P>,
) => Promise<Response> | Response;
/** What Next.js calls; routes without dynamic segments are called without a context (tests do this too). */
export type WrappedRoute<P> = (request: Request, context?: RouteContext<P>) => Promise<Response>;

/** Who may read a route from another site, and with which methods. */
export type CorsPolicy = { allowOrigin: "*"; methods: readonly string[]; maxAgeSeconds?: number };

/** Public data any site may read (the publisher embed, feeds): GET from any origin, no credentials. */
export const PUBLIC_READ: CorsPolicy = { allowOrigin: "*", methods: ["GET", "OPTIONS"], maxAgeSeconds: 86_400 };

export type RouteOptions = {
  cors?: CorsPolicy;
  /** How a failure is answered when JSON is not what the client reads (the reader page, the badge). */
  onError?: (error: unknown) => Response;
  /** "replica": a public read-only route whose anonymous GETs may read from the replica (lib/db-replica.ts). */
  reads?: "replica";
};

function corsHeaders(cors: CorsPolicy): Record<string, string> {
  return { "Access-Control-Allow-Origin": cors.allowOrigin, "Access-Control-Allow-Methods": cors.methods.join(", ") };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export function route<P = Record<string, string>>(
  handler: RouteHandler<P>,
  options: RouteOptions = {},
): WrappedRoute<P> {
  const extra = options.cors ? corsHeaders(options.cors) : {};
  return async (request, context = { params: Promise.resolve({} as P) }) => {
    let response: Response;
    try {
      response = await (options.reads === "replica"
        ? runWithPublicReads(request, () => handler(request, context))
        : handler(request, context));
    } catch (e) {
      response = options.onError ? options.onError(e) : toErrorResponse(e);
    }
    return withHeaders(response, extra);
  };
}

/** The OPTIONS handler of a cross-site route: 204 with the CORS headers. */
export function preflight(cors: CorsPolicy): () => Response {
  return () =>
    new Response(null, {
      status: 204,
      headers: { ...corsHeaders(cors), "Access-Control-Max-Age": String(cors.maxAgeSeconds ?? 600) },
    });
}

export function jsonError(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return Response.json({ error, message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A query-string ZodError as 400 INVALID naming the first bad parameter (the message already says which). */
export function invalidQuery(error: ZodError): Response {
  const [issue] = error.issues;
  const parameter = formatIssuePath(issue?.path ?? []);
  return jsonError(400, "INVALID", issue ? issueEnglish(issue) : `${parameter} is invalid`, { parameter });
}

export function toErrorResponse(e: unknown): Response {
  if (e instanceof ZodError) return invalidQuery(e);
  const failure = toActionFailure(e);
  const status = e instanceof AppError ? e.status : statusOf(failure.code);
  const path = e instanceof AppError && typeof e.details?.path === "string" ? { path: e.details.path } : {};
  return jsonError(status, failure.code, failure.message, path);
}

/** Query parameters as a plain object; empty fields (a form left blank) count as absent, a repeated one as its first value. */
export function readQueryParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "" && !(key in out)) out[key] = value;
  return out;
}
