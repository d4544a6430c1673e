// Names for downloaded files. Content-Disposition carries two: an ASCII `filename` every client understands and
// an RFC 5987/6266 `filename*` in UTF-8 that modern browsers prefer, so "Ōno's reply" saves as "ōno-s-reply-…".

const MAX_SLUG_CHARS = 80;

function trimSlug(slug: string): string {
  return Array.from(slug)
    .slice(0, MAX_SLUG_CHARS)
    .join("")
    .replace(/^-+|-+$/g, "");
}

/** Lowercase letters and digits of any script, words joined by "-" (for filename*). */
export function slugifyUnicode(title: string): string {
  return (
    trimSlug(
      title
        .normalize("NFC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+/, ""),
    ) || "article"
  );
}

/** ASCII only: accents folded (é → e), anything else dropped (for the plain filename parameter). */
export function slugifyAscii(title: string): string {
  const folded = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßæœøłđ]/gi, (c) => ({ ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d" })[c.toLowerCase()] ?? "");
  return (
    trimSlug(
      folded
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+/, ""),
    ) || "article"
  );
}

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-char. encodeURIComponent leaves ' ( ) * which attr-char excludes. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="<slug>-<suffix>.<ext>"; filename*=UTF-8''<unicode slug>-<suffix>.<ext>` */
export function buildContentDisposition(title: string, suffix: string, extension: string): string {
  const ascii = `${slugifyAscii(title)}-${suffix}.${extension}`;
  const unicode = `${slugifyUnicode(title)}-${suffix}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(unicode)}`;
}

/** The file name a server suggested: filename* (UTF-8) when present, else filename; null when there is none. */
export function readDispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // malformed percent-encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? plain[1].trim() : null;
}
