// Bad characters injected into every text input of a call, for test/security/bad-characters.int.test.ts: each
// server action and route handler module is wrapped (vi.mock) so that, while `state.active`, every string it is
// given gets `state.character` appended: FormData fields, plain-object fields at any depth, string arguments, query
// parameters and path segments (%-encoded, as a client would send them), JSON and form bodies. The route's request
// first goes through the real proxy (proxy.ts), as it would over HTTP. This file imports nothing that is mocked.

export type PoisonState = { active: boolean; character: string; touched: number; formDataOnly?: boolean };

// How a client writes the character in an address: NUL as %00, a lone surrogate as the UTF-8 bytes it would have
// (ED A0 80), which do not decode.
const URL_FORMS: Record<string, string> = { "\u0000": "%00", "\uD800": "%ED%A0%80" };

function poisonValue(value: unknown, state: PoisonState): unknown {
  if (typeof value === "string") {
    state.touched++;
    return value + state.character;
  }
  if (Array.isArray(value)) return value.map((v) => poisonValue(v, state));
  if (value instanceof FormData) {
    // FormData holds well-formed text only: a lone surrogate becomes U+FFFD on append, as a browser sends it, so
    // it cannot reach a form field at all (an object argument, sent as JSON, can carry one).
    if (/[\uD800-\uDFFF]/.test(state.character)) {
      state.formDataOnly = true;
      return value;
    }
    const data = new FormData();
    for (const [name, entry] of value.entries())
      data.append(name, typeof entry === "string" ? (poisonValue(entry, state) as string) : entry);
    return data;
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisonValue(v, state)]));
  }
  return value;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** The module with every exported function poisoning its arguments while the state is active. */
export function poisonActions<T extends object>(module: T, state: PoisonState): T {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => [
      name,
      typeof value === "function"
        ? (...args: unknown[]) =>
            (value as AnyFunction)(...(state.active ? args.map((a) => poisonValue(a, state)) : args))
        : value,
    ]),
  ) as T;
}

async function poisonRequest(request: Request, paramValues: string[], state: PoisonState): Promise<Request> {
  const url = new URL(request.url);
  const encoded = URL_FORMS[state.character];
  let path = url.pathname;
  // a handler called without its path values (Auth.js's catch-all, the export list): its last segment is input too
  if (paramValues.length === 0 && /[^/]$/.test(path)) {
    path = `${path}${encoded}`;
    state.touched++;
  }
  for (const value of paramValues) {
    const segment = `/${encodeURIComponent(value)}`;
    if (path.includes(segment)) {
      path = path.replace(segment, `${segment}${encoded}`);
      state.touched++;
    }
  }
  const query = url.search
    .replace(/^\?/, "")
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      state.touched++;
      return pair.includes("=") ? `${pair}${encoded}` : `${pair}=${encoded}`;
    });
  const target = `${url.origin}${path}${query.length ? `?${query.join("&")}` : ""}`;
  let body: BodyInit | undefined;
  if (request.body) {
    const text = await request.text();
    const type = request.headers.get("content-type") ?? "";
    if (type.includes("json") && text) body = JSON.stringify(poisonValue(JSON.parse(text), state));
    else if (type.includes("x-www-form-urlencoded")) {
      const form = new URLSearchParams(text);
      const poisoned = [...form].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}${encoded}`);
      state.touched += poisoned.length;
      body = poisoned.join("&");
    } else body = text;
  }
  return new Request(target, { method: request.method, headers: request.headers, body, signal: request.signal });
}

type Handler = (
  request: Request,
  context?: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> | Response;
type Proxy = (request: Request) => Promise<Response | undefined>;

/**
 * The route module with every method poisoning its request while the state is active: the request goes through
 * `runProxy` first, and reaches the handler only if the proxy lets it through (with the decoded path values).
 */
export function poisonRoutes<T extends object>(module: T, state: PoisonState, runProxy: () => Promise<Proxy>): T {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => {
      if (typeof value !== "function" || !/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) return [name, value];
      const handler = value as Handler;
      const wrapped = async (request: Request, context?: { params: Promise<Record<string, string | string[]>> }) => {
        if (!state.active) return handler(request, context);
        const params = context ? await context.params : {};
        const values = Object.values(params).flat();
        const poisoned = await poisonRequest(request ?? new Request("http://localhost:3000/"), values, state);
        const answer = await (await runProxy())(poisoned.clone());
        if (answer && answer.status !== 200 && !answer.headers.has("x-middleware-next")) return answer;
        const poisonedParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, poisonValue(v, state)]));
        return handler(poisoned, { params: Promise.resolve(poisonedParams as Record<string, string | string[]>) });
      };
      return [name, wrapped];
    }),
  ) as T;
}
