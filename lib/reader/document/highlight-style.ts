// Pure: how a highlight looks, shared by the server-rendered page and its filter script. Deeper nesting (a claim
// inside a claim) tints a little darker, so the inner one stays visible.
export function highlightStyle(colour: string, depth: number): { background: string; shadow: string } {
  return {
    background: `color-mix(in srgb, ${colour} ${Math.min(16 + 10 * (depth - 1), 40)}%, white)`,
    shadow: `inset 0 -2px 0 ${colour}`,
  };
}
