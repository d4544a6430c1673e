// Verdict colours come from an organization's rating scale (#rrggbb). On a publisher's page they end up in inline
// styles, so anything else is replaced by a neutral grey rather than passed through.
const FALLBACK = "#525252";

export function safeColour(colour: string): string {
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? colour : FALLBACK;
}

/** The colour at `alpha` opacity, for highlight backgrounds that keep the page's text readable. */
export function tint(colour: string, alpha: number): string {
  let hex = safeColour(colour).slice(1);
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
