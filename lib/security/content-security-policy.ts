// The Content-Security-Policy of every page and API response except the publisher badge (app/embed/badge), built
// per request around a fresh nonce. Pure: proxy.ts supplies the nonce and sends the header.

/** Without a nonce: the policy of a page whose only scripts are our own files (the public reader page). */
export type PolicyOptions = { nonce?: string; isDevelopment?: boolean };

/** 16 random bytes, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts: only those carrying this response's nonce (Next puts it on every script it renders), and what they load
 * ('strict-dynamic'); no inline script or event handler attribute runs. JSON-LD blocks are data and never run.
 * Styles: <style>/<link> elements must come from our origin or carry the nonce, but style *attributes* are allowed
 * ('unsafe-inline' in style-src-attr): the server renders verdict colours and Radix renders popper positions as
 * style="..." attributes, which a nonce cannot cover. A style attribute cannot run script.
 */
export function buildContentSecurityPolicy({ nonce, isDevelopment = false }: PolicyOptions = {}): string {
  const withNonce = nonce ? [`'nonce-${nonce}'`] : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its stack traces; never sent by `next start`
    "script-src": [
      "'self'",
      ...withNonce,
      ...(nonce ? ["'strict-dynamic'"] : []),
      ...(isDevelopment ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", ...withNonce],
    "style-src-elem": ["'self'", ...withNonce],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The nonce proxy.ts put into the request's policy, for the few elements a page renders itself. */
export function readNonce(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}
