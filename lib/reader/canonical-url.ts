/**
 * The form in which a publisher's article address is compared with an article's `originalUrl`: the same page
 * whether or not the address ends in "/" or carries a #fragment. Everything else (scheme, host, query) must match
 * exactly: "?page=2" may be another page. The URL parser already lower-cases the host and drops default ports.
 */
export function normalizeArticleUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}${url.search}`;
}

/**
 * Stored addresses that normalise to `key`, as database prefixes: exact with and without the trailing slash, and
 * those followed by a fragment. The caller re-checks each row with normalizeArticleUrl.
 */
export function storedUrlForms(key: string): { exact: string[]; fragmentPrefixes: string[] } {
  const url = new URL(key);
  const base = `${url.protocol}//${url.host}`;
  const path = url.pathname === "/" ? "" : url.pathname;
  const exact = [`${base}${path}${url.search}`, `${base}${path}/${url.search}`];
  return { exact, fragmentPrefixes: exact.map((form) => `${form}#`) };
}
