import type { LiveListener } from "@/lib/live/listener";
import { session } from "./session";

// What a test file's vi.mock factories return: the request context Next.js would give, outside Next.js. This file
// imports nothing that is mocked (a factory that loads the module it replaces never finishes).
// - auth() and signedInSession() answer with the session the cell chose (getViewer() then reads the session and
//   membership from the database);
//   React's cache() outside a server render does not memoize, so every call asks again;
// - next/headers gives Auth.js's signIn/signOut a request's headers and a cookie jar;
// - next/cache's revalidatePath has no cache to clear here;
// - the live listener of the events stream polls this file's test schema.

type SignedIn = { userId: string; sessionId: string } | null;
export function withSessionAuth<T extends object>(
  original: T,
): T & { auth: () => Promise<{ user: { id: string } } | null>; signedInSession: () => Promise<SignedIn> } {
  return {
    ...original,
    auth: async () => (session.userId ? { user: { id: session.userId } } : null),
    signedInSession: async () =>
      session.userId && session.sessionId ? { userId: session.userId, sessionId: session.sessionId } : null,
  };
}

const jar = new Map<string, string>();
type CookieInput = string | { name: string; value: string };

export function requestHeadersModule() {
  const cookieStore = {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: CookieInput, value?: string) =>
      typeof name === "string" ? jar.set(name, value ?? "") : jar.set(name.name, name.value),
    delete: (name: string) => jar.delete(name),
  };
  return {
    headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": "10.8.0.1" }),
    cookies: async () => cookieStore,
  };
}

export function noCacheModule() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} };
}

let listener: LiveListener | null = null;
let listenerUrl = "";

export function withTestListener<T extends { LiveListener: typeof LiveListener }>(
  original: T,
): T & { getLiveListener: () => LiveListener } {
  return {
    ...original,
    getLiveListener: () =>
      (listener ??= new original.LiveListener({ url: listenerUrl, forcePolling: true, log: () => {} })),
  };
}

/** The listener reads the test file's own schema (its URL is known only once the schema exists). */
export function useListenerDatabase(url: string): void {
  listenerUrl = url;
}

export async function closeTestListener(): Promise<void> {
  await listener?.close();
  listener = null;
}
