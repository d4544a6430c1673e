import { IntakeError } from "./errors";
import { errorText } from "@/lib/i18n/error-text";

// Per the HTML spec, a <meta charset> only counts within the first 1024 bytes.
const META_CHARSET_WINDOW = 1024;

// WHATWG's windows-1252 (which is also what "latin1" and "iso-8859-1" mean on the web) puts
// curly quotes, dashes and the euro sign at 0x80-0x9F. Node 20's TextDecoder returns the C1
// control characters there instead, so those are mapped here; once Node is fixed this
// finds nothing to replace.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

function readBomEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Uploaded files must be UTF-8 (a BOM is fine). Windows editors save "Unicode" text as
 * UTF-16 with a BOM, which says the encoding without guessing, so that is honoured too.
 */
export function decodeUploadedBytes(bytes: Uint8Array): string {
  const encoding = readBomEncoding(bytes) ?? "utf-8";
  const text = decodeStrictly(bytes, encoding);
  if (text !== null) return text;
  if (encoding === "utf-8") throw new IntakeError("bad_encoding", "intake.notUtf8");
  throw new IntakeError("bad_encoding", "intake.badUtf16");
}

/** `text/html; charset="ISO-8859-1"` → "ISO-8859-1". */
export function readContentTypeCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match ? match[1] : null;
}

function readMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, META_CHARSET_WINDOW)); // ASCII is all we look for
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

/**
 * Decodes a fetched page the way a browser would: a BOM wins, then the charset in the
 * Content-Type header, then <meta charset>. With a declared charset, stray bad bytes become
 * U+FFFD as in a browser rather than failing the import. With none, UTF-8 is tried first and
 * windows-1252 (what browsers assume for legacy Western pages) is the fallback.
 */
export function decodeFetchedBytes(bytes: Uint8Array, contentType: string | null, isHtml: boolean): string {
  const label =
    readBomEncoding(bytes) ?? readContentTypeCharset(contentType) ?? (isHtml ? readMetaCharset(bytes) : null);
  if (!label) return decodeStrictly(bytes, "utf-8") ?? decodeWith(new TextDecoder("windows-1252"), bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new IntakeError("bad_encoding", errorText("intake.unknownEncoding", { label }));
  }
  return decodeWith(decoder, bytes);
}
