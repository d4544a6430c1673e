import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { loadEmbedSettings } from "@/lib/embed/data";
import { badgeFrameSnippet } from "@/lib/embed/badge-html";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { EmbedDomainsForm } from "@/components/embed/embed-domains-form";
import { PublicLanguageForm } from "@/components/embed/public-language-form";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("embedPanel.settings");
  return { title: t("title") };
}

const CODE = "mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs";
// code is read left to right inside any sentence
const code = (chunks: React.ReactNode) => <code dir="ltr">{chunks}</code>;

export default async function EmbedSettingsPage() {
  const viewer = await requirePageViewer("/settings/embed");
  const t = await getTranslations("embedPanel.settings");
  if (!can(viewer.role, "settings.manage")) return <Forbidden what={t("forbiddenWhat")} />;
  const settings = await loadEmbedSettings(viewer.orgId);
  const base = await publicBaseUrl();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-2xl text-sm text-muted">{t("intro", { organization: viewer.orgName })}</p>
      </div>
      <section aria-labelledby="public-language" className="rounded-xl border border-line bg-white p-6">
        <h2 id="public-language" className="mb-1 text-lg font-semibold">
          {t("languageHeading")}
        </h2>
        <p className="mb-4 max-w-2xl text-sm text-muted">{t("languageIntro")}</p>
        <PublicLanguageForm current={settings.publicLanguage} />
      </section>
      <section aria-labelledby="embed-domains" className="rounded-xl border border-line bg-white p-6">
        <h2 id="embed-domains" className="mb-1 text-lg font-semibold">
          {t("domainsHeading")}
        </h2>
        <p className="mb-4 max-w-2xl text-sm text-muted">{t("domainsIntro")}</p>
        <EmbedDomainsForm domains={settings.embedDomains} />
      </section>
      <section aria-labelledby="embed-snippet" className="rounded-xl border border-line bg-white p-6 text-sm">
        <h2 id="embed-snippet" className="mb-2 text-lg font-semibold">
          {t("snippetHeading")}
        </h2>
        <p className="text-muted">
          {t.rich("snippetIntro", { code, tag: "</body>", attribute: 'data-factdesk-article="…"' })}
        </p>
        <pre
          dir="ltr"
          className={CODE}
        >{`<script src="${base}/embed/factdesk.js" data-factdesk-org="${settings.slug}" async></script>`}</pre>
        <h2 className="mt-6 mb-2 text-lg font-semibold">{t("badgeHeading")}</h2>
        <p className="text-muted">{t("badgeIntro")}</p>
        <pre dir="ltr" className={CODE}>
          {badgeFrameSnippet({
            baseUrl: base,
            articleId: "ARTICLE_ID",
            organization: viewer.orgName,
            locale: settings.publicLanguage,
          })}
        </pre>
      </section>
    </div>
  );
}
