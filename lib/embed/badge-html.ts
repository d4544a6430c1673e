import { escapeHtml } from "@/lib/http/html";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { safeColour } from "@/lib/vocabulary/verdict-colours";

// The iframe badge: a self-contained page (no script, no external resource) for publishers who cannot add a script.
// Its words are in the reader's interface language (the article's reader language, else the organization's public one).
export type BadgeInput = {
  organization: string;
  readerUrl: string;
  verdicts: { label: string; colour: string; count: number }[];
  locale?: InterfaceLocale;
};

const STYLE =
  "*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937;background:#fff}" +
  ".badge{border:1px solid #d1d5db;border-radius:10px;padding:10px 12px}p{margin:0}a{color:#1d4ed8;font-weight:600}" +
  "ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 0;padding:0}" +
  "li{border-radius:999px;padding:2px 10px;color:#fff;font-size:12px;font-weight:600}";

const open = (locale: InterfaceLocale, title: string, extraHead = "") =>
  `<!doctype html><html lang="${locale}" dir="${localeDirection(locale)}"><head><meta charset="utf-8">${extraHead}` +
  `<title>${title}</title><style>${STYLE}</style></head>`;

export function renderBadgeHtml({ organization, readerUrl, verdicts, locale = DEFAULT_LOCALE }: BadgeInput): string {
  const t = translatorFor(locale, "embed");
  const total = verdicts.reduce((n, v) => n + v.count, 0);
  const pills = verdicts
    .map(
      (v) =>
        `<li style="background:${safeColour(v.colour)}">${formatNumber(v.count, locale)} ${escapeHtml(v.label)}</li>`,
    )
    .join("");
  const heading = escapeHtml(t("badge.heading", { count: total, organization }));
  return (
    open(locale, heading, `<meta name="viewport" content="width=device-width, initial-scale=1">`) +
    `<body><div class="badge">` +
    `<p>${heading} — <a href="${escapeHtml(readerUrl)}" target="_blank" rel="noopener">${escapeHtml(t("badge.link"))}</a></p>` +
    (pills ? `<ul aria-label="${escapeHtml(t("badge.verdicts"))}">${pills}</ul>` : "") +
    `</div></body></html>`
  );
}

export function renderBadgeNotFoundHtml(locale: InterfaceLocale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "embed");
  return (
    open(locale, escapeHtml(t("badge.notFoundTitle"))) +
    `<body><div class="badge"><p>${escapeHtml(t("badge.notFound"))}</p></div></body></html>`
  );
}

export function renderBadgeNotAllowedHtml(locale: InterfaceLocale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "embed");
  return (
    open(locale, escapeHtml(t("badge.notAllowedTitle"))) +
    `<body><div class="badge"><p>${escapeHtml(t("badge.notAllowed"))}</p></div></body></html>`
  );
}

/**
 * The `<iframe>` snippet a publisher copies for the badge of article `articleId`: its title (what a screen reader
 * announces for the frame on the publisher's page) in the readers' language, like the badge inside it.
 */
export function badgeFrameSnippet({
  baseUrl,
  articleId,
  organization,
  locale = DEFAULT_LOCALE,
}: {
  baseUrl: string;
  articleId: string;
  organization: string;
  locale?: InterfaceLocale;
}): string {
  const title = translatorFor(locale, "embed")("badge.frameTitle", { organization });
  return `<iframe src="${escapeHtml(`${baseUrl}/embed/badge/${articleId}`)}" title="${escapeHtml(title)}" width="400" height="120"></iframe>`;
}
