import { AsyncLocalStorage } from "node:async_hooks";

// Which requests may read from the streaming replica (lib/db-replica.ts). Opt-in per route (`route(..., { reads:
// "replica" })` in lib/http/route.ts): only public GETs that never write. Everything else, and every request of a
// signed-in desk member (who may have just published and must see it at once), reads from the primary. Kept on
// globalThis under a registered symbol: the route bundles and the data modules must share this one store.
type ReadScope = { replica: boolean };
const KEY = Symbol.for("factdesk.readScope");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<ReadScope> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<ReadScope>());

// next-auth's session cookie, plain and __Secure- (lib/auth/auth.ts): its presence alone decides, no lookup
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/;

export function hasSessionCookie(request: Request): boolean {
  return SESSION_COOKIE.test(request.headers.get("cookie") ?? "");
}

/** Runs a public read-only request so that its reads may go to the replica (never for a signed-in member). */
export function runWithPublicReads<T>(request: Request, work: () => T): T {
  const replica = request.method === "GET" || request.method === "HEAD" ? !hasSessionCookie(request) : false;
  return storage.run({ replica }, work);
}

/** The same for a page that has itself found no signed-in viewer (the public home page). */
export function runAsAnonymousReader<T>(work: () => T): T {
  return storage.run({ replica: true }, work);
}

export function mayReadFromReplica(): boolean {
  return storage.getStore()?.replica === true;
}

/**
 * The rest of this request reads from the primary (the replica failed it once). A request never goes back to the
 * replica: the reader page reads its stamp and then its content, and content older than its stamp would be cached
 * under the newer stamp until the next publication.
 */
export function stayOnPrimary(): void {
  const store = storage.getStore();
  if (store) store.replica = false;
}
