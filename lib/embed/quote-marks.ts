// A claim's words quoted the way its language quotes: «…» in Arabic (and Persian and Urdu), “…” otherwise. The
// quote is in the article's language, whatever the interface around it, so the article's language decides.
const GUILLEMETS = new Set(["ar", "fa", "ur"]);

export function quoted(text: string, articleLanguage: string | null | undefined): string {
  const primary = (articleLanguage ?? "").toLowerCase().split("-")[0];
  return GUILLEMETS.has(primary) ? `«${text}»` : `“${text}”`;
}
