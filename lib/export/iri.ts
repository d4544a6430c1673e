// Linked-data outputs (schema.org JSON-LD, W3C annotations) need RFC 3986 IRIs.
// Stored URLs are whatever a person pasted and a browser accepted, e.g. with a
// raw `"` or `|` in the query; those are percent-encoded on the way out.

const NOT_URI_CHAR = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g;

/** The URL in RFC 3986 form: WHATWG-normalised, then any remaining illegal character percent-encoded. */
export function toIri(url: string): string {
  return new URL(url).href.replace(NOT_URI_CHAR, (char) => encodeURIComponent(char));
}

/** "http://host/" and "http://host" both become "http://host", for joining paths. */
export function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
