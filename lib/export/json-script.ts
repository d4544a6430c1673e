/**
 * JSON for an inline `<script type="application/ld+json">`. Every "<", ">" and "&" becomes a \u escape, so no
 * field can write "</script" (which would end the element) or "<!--" (which changes how the parser reads it);
 * U+2028 and U+2029 are escaped for older JavaScript parsers. JSON.parse gives back exactly the input value.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
