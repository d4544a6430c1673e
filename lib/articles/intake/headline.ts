// A pasted article often starts with its own headline. When that line says exactly what the title says, it is the
// title, not a paragraph of the body: claims are never made on it and readers would see the headline twice.

const comparable = (line: string) =>
  line
    .normalize("NFKC")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.:!?]+$/u, "")
    .trim()
    .toLocaleLowerCase();

/** The text without its first line when that line repeats the title (and something else remains). */
export function withoutRepeatedHeadline(text: string, title: string): string {
  const lineEnd = text.indexOf("\n");
  if (lineEnd === -1) return text;
  if (comparable(text.slice(0, lineEnd)) !== comparable(title) || comparable(title) === "") return text;
  const rest = text.slice(lineEnd).replace(/^\n+/, "");
  return rest.trim() === "" ? text : rest;
}
