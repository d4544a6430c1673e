import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CopyField } from "@/components/ui/copy-field";
import { badgeFrameSnippet } from "@/lib/embed/badge-html";
import type { InterfaceLocale } from "@/lib/i18n/locales";

/**
 * For a published article: how to show its fact-checks on the publisher's own page (the highlights script, or the
 * badge frame), ready to copy, and whether any publisher site is allowed to show them yet.
 */
export async function ArticleEmbedPanel({
  baseUrl,
  orgSlug,
  orgName,
  articleId,
  allowedSites,
  canManage,
  readerLocale,
}: {
  baseUrl: string;
  orgSlug: string;
  orgName: string;
  articleId: string;
  allowedSites: string[];
  canManage: boolean;
  /** the language readers get for this article: the badge's title is in it */
  readerLocale: InterfaceLocale;
}) {
  const t = await getTranslations("embedPanel.article");
  const script = `<script src="${baseUrl}/embed/factdesk.js" data-factdesk-org="${orgSlug}" data-factdesk-article="${articleId}" async></script>`;
  const badge = badgeFrameSnippet({ baseUrl, articleId, organization: orgName, locale: readerLocale });
  const settings = () =>
    canManage ? (
      <Link href="/settings/embed" className="underline">
        {t("settingsLink")}
      </Link>
    ) : (
      t("settingsAdmins")
    );
  return (
    <details className="group rounded-xl border border-line bg-white">
      <summary className="cursor-pointer rounded-xl px-4 py-3 text-sm font-medium focus-visible:ring-2 focus-visible:ring-accent/40 focus-visible:outline-none">
        {t("summary")}
      </summary>
      <div className="space-y-4 border-t border-line px-4 py-4 text-sm">
        {allowedSites.length === 0 ? (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            {t.rich("noSites", { settings })}
          </p>
        ) : (
          <p className="text-muted">{t.rich("allowedOn", { sites: allowedSites.join(", "), settings })}</p>
        )}
        <CopyField
          name="embed-script"
          label={t("scriptLabel", { tag: "</body>" })}
          value={script}
          what={t("scriptWhat")}
        />
        <CopyField name="embed-badge" label={t("badgeLabel")} value={badge} what={t("badgeWhat")} />
        <p className="text-muted">
          {t.rich("preview", {
            link: (chunks) => (
              <a href={`/embed/badge/${articleId}`} target="_blank" rel="noopener" className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
    </details>
  );
}
