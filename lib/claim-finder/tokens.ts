/**
 * Word tokens for the check-worthiness model. Numbers are replaced by their shape ("<num>", "<year>", "<pct>",
 * "<money>", "<ordinal>") so that "$200 million" and "$3 billion" teach the model the same thing: what matters for
 * check-worthiness is that a sentence states an amount, not which one.
 */

// a word: letters/digits with inner apostrophes, dots or commas ("don't", "U.S.", "3,000", "4.5"); "$" and "%" are
// kept as their own tokens so money and percentages have a shape of their own
const TOKEN = /[$€£¥%]|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d[\d,.]*$/;
const YEAR = /^(1[89]|20)\d\d$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const CURRENCY = new Set(["$", "€", "£", "¥"]);

export function tokenize(text: string): string[] {
  const raw = text.toLowerCase().match(TOKEN) ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i];
    if (CURRENCY.has(token)) {
      tokens.push("<money>");
      if (i + 1 < raw.length && NUMBER.test(raw[i + 1])) i++;
    } else if (token === "%") {
      if (tokens.at(-1) === "<num>") tokens[tokens.length - 1] = "<pct>";
      else tokens.push("<pct>");
    } else if (YEAR.test(token)) tokens.push("<year>");
    else if (NUMBER.test(token)) tokens.push(raw[i + 1] === "percent" ? "<pct>" : "<num>");
    else if (ORDINAL.test(token)) tokens.push("<ordinal>");
    else tokens.push(token);
  }
  return tokens;
}
