// Drives the built app over plain HTTP the way a browser does, without a browser: Auth.js sign-in, Next server
// actions (POST with a `Next-Action` header, answered in the React Server Components wire format) and the live
// event stream. Shared by the scale-out spec and the load benchmark (bench/load).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type ActionResult<T = unknown> =
  { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

type ManifestEntry = { filename: string; exportedName: string };

/** The action ids of a build, by "file#export" (e.g. "lib/claims/actions.ts#saveClaimAction"). */
export function readActionIds(buildDir = ".next"): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

export function actionId(ids: Map<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`server action ${name} is not in the build's manifest; rebuild with \`npm run build\``);
  return id;
}

/** The request a browser sends for a server action: the arguments as a JSON array, same-origin. */
export function serverActionRequest(base: string, id: string, args: unknown[], cookie: string) {
  return {
    method: "POST",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: base,
      Cookie: cookie,
    },
    body: JSON.stringify(args),
  };
}

/**
 * Reads an action's return value from its RSC answer: rows `<hex id>:<json>`, where row 0 is the envelope
 * ({ a: "$@1", ... }) and the row it points at is the value. Returns null when the body has no such row
 * (an HTML error page, a redirect, a cut-off body).
 */
export function parseActionResponse<T = unknown>(body: string): ActionResult<T> | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const envelopeRow = rows.get("0");
  if (!envelopeRow) return null;
  try {
    const envelope = JSON.parse(envelopeRow) as { a?: unknown };
    const pointer = typeof envelope.a === "string" ? /^\$@([0-9a-f]+)$/.exec(envelope.a) : null;
    const value = pointer ? rows.get(pointer[1]) : undefined;
    if (value === undefined) return null;
    const parsed = JSON.parse(value) as ActionResult<T>;
    return typeof parsed === "object" && parsed !== null && typeof parsed.ok === "boolean" ? parsed : null;
  } catch {
    return null;
  }
}

/** Calls a server action; `page` is the page the form lives on (any signed-in page works). */
export async function callServerAction<T>(
  base: string,
  page: string,
  id: string,
  args: unknown[],
  cookie: string,
): Promise<{ status: number; result: ActionResult<T> | null }> {
  const res = await fetch(`${base}${page}`, serverActionRequest(base, id, args, cookie));
  return { status: res.status, result: parseActionResponse<T>(await res.text()) };
}

export type SignInOutcome = { cookie: string; error: string | null };

/** Signs in through Auth.js's own endpoints; `error` is the `code` of a refused sign-in (e.g. "rate_limited"). */
export async function signIn(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInOutcome> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/articles" }),
  });
  keep(res);
  const signedIn = [...jar.keys()].some((k) => k.includes("session-token"));
  const location = res.headers.get("location") ?? "";
  const code = location ? new URL(location, base).searchParams.get("code") : null;
  return { cookie: cookie(), error: signedIn ? null : (code ?? `status ${res.status}`) };
}

/** Opens an article's Server-Sent Events stream; `onEvent` gets each event's name and data. Resolves once open. */
export async function openEventStream(
  base: string,
  articleId: string,
  cookie: string,
  onEvent: (event: string, data: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch(`${base}/api/articles/${articleId}/events?tab=http-${Date.now().toString(36)}`, {
    headers: { cookie, accept: "text/event-stream" },
    signal,
  });
  if (!res.ok || !res.body) throw new Error(`event stream on ${base} answered ${res.status}`);
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(message)?.[1] ?? "message";
          const data = [...message.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join("\n");
          if (event === "ready") opened();
          onEvent(event, data);
        }
      }
    } catch {
      // aborted by the caller
    }
  })();
  await open;
}
