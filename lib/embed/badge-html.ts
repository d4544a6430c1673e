import { escapeHtml } from "@/lib/http/html";
import { safeColour } from "@/lib/vocabulary/verdict-colours";

// The iframe badge: a self-contained page (no script, no external resource) for publishers who cannot add a script.
export type BadgeInput = {
  organization: string;
  readerUrl: string;
  verdicts: { label: string; colour: string; count: number }[];
};

const STYLE =
  "*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937;background:#fff}" +
  ".badge{border:1px solid #d1d5db;border-radius:10px;padding:10px 12px}p{margin:0}a{color:#1d4ed8;font-weight:600}" +
  "ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 0;padding:0}" +
  "li{border-radius:999px;padding:2px 10px;color:#fff;font-size:12px;font-weight:600}";

export function renderBadgeHtml({ organization, readerUrl, verdicts }: BadgeInput): string {
  const total = verdicts.reduce((n, v) => n + v.count, 0);
  const pills = verdicts
    .map((v) => `<li style="background:${safeColour(v.colour)}">${v.count} ${escapeHtml(v.label)}</li>`)
    .join("");
  const heading = `${total} ${total === 1 ? "claim" : "claims"} checked by ${escapeHtml(organization)}`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${heading}</title><style>${STYLE}</style></head><body><div class="badge">` +
    `<p>${heading} — <a href="${escapeHtml(readerUrl)}" target="_blank" rel="noopener">see the fact-check</a></p>` +
    (pills ? `<ul aria-label="Verdicts">${pills}</ul>` : "") +
    `</div></body></html>`
  );
}

export function renderBadgeNotFoundHtml(): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No fact-check</title><style>${STYLE}</style></head>` +
    `<body><div class="badge"><p>No published fact-check for this article.</p></div></body></html>`
  );
}

export function renderBadgeNotAllowedHtml(): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fact-check not shown here</title><style>${STYLE}</style></head>` +
    `<body><div class="badge"><p>This fact-check is not shown on this site.</p></div></body></html>`
  );
}
