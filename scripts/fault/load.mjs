// The write generator: a few workers POST W3C annotations with an API token (each a new draft claim, its comment
// and its audit row in one transaction), each with a unique id, and now and then read a page and the container.
// Every request is logged with its outcome; a 201 is an acknowledged write that must survive whatever happens.
import { randomUUID } from "node:crypto";

// No answer in 30 s counts as a hang. Clear answers come far sooner (503 within the 5 s connect timeout), but the
// first requests to a freshly started server on a loaded 2-core machine can take 15 s while its routes load.
const REQUEST_TIMEOUT_MS = 30_000;
const STACK_TRACE = /\n\s+at \S+ \(|node_modules\/|\.(js|ts|mjs):\d+:\d+/;

async function send(url, init) {
  const started = Date.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: "manual" });
    const body = await res.text();
    // the proxy's 503 (lib/http/database-outage.ts) has no Expose-Headers; the route's own (lib/annotations) has
    const fastPath = res.status === 503 && !res.headers.has("access-control-expose-headers");
    return {
      status: res.status,
      ms: Date.now() - started,
      started,
      stackTrace: STACK_TRACE.test(body),
      errorPage: res.status === 500 && body.includes('id="__next_error__"'),
      fastPath,
    };
  } catch (e) {
    const status = e?.name === "TimeoutError" ? "timeout" : e?.cause?.code === "ECONNREFUSED" ? "refused" : "dropped";
    return { status, ms: Date.now() - started, started, stackTrace: false, errorPage: false };
  }
}

export function startLoad({ baseUrl, articleId, orgSlug, token, quote, workers = 4, readEvery = 4 }) {
  const log = [];
  let running = true;
  const container = `${baseUrl}/api/annotations/${articleId}/`;
  const write = async () => {
    const id = randomUUID();
    const body = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      id: `urn:uuid:${id}`,
      bodyValue: `fault-test write ${id}`,
      target: { source: "https://example.org/original", selector: { type: "TextQuoteSelector", exact: quote } },
    };
    const result = await send(container, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      },
      body: JSON.stringify(body),
    });
    log.push({ kind: "write", id, ...result });
    return result;
  };
  const read = async (n) => {
    const page = n % 2 === 0;
    const result = await send(page ? `${baseUrl}/r/${orgSlug}/${articleId}` : container, {
      headers: { Accept: page ? "text/html" : "application/ld+json" },
    });
    log.push({ kind: page ? "page" : "api-read", ...result });
  };
  const worker = async (w) => {
    for (let n = 0; running; n++) {
      const result = (n + w) % readEvery === 0 ? (await read(n / readEvery), null) : await write();
      // the app itself is gone (killed): don't spin on refused connections
      if (result && typeof result.status !== "number") await new Promise((r) => setTimeout(r, 100));
    }
  };
  const all = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  return {
    log,
    /** One write, one container read and one page read, in turn, whatever the workers are doing. */
    async probe() {
      const from = log.length;
      await write();
      await read(1);
      await read(0);
      return log.slice(from);
    },
    async stop() {
      running = false;
      await all;
      return log;
    },
  };
}

/** Waits until a request started after `since` was acknowledged; returns that moment, or null on timeout. */
export async function waitForAcknowledgedWrite(log, since, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = log.find((r) => r.kind === "write" && r.status === 201 && r.started >= since);
    if (ok) return ok.started + ok.ms;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

export function summarize(log) {
  const count = (pred) => log.filter(pred).length;
  const statuses = {};
  for (const r of log) statuses[`${r.kind} ${r.status}`] = (statuses[`${r.kind} ${r.status}`] ?? 0) + 1;
  return {
    requests: log.length,
    acknowledged: log.filter((r) => r.kind === "write" && r.status === 201).map((r) => r.id),
    stackTraces: count((r) => r.stackTrace),
    timeouts: count((r) => r.status === "timeout"),
    timeoutStarts: log.filter((r) => r.status === "timeout").map((r) => r.started),
    statuses,
  };
}
