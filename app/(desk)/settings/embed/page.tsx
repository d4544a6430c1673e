import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { loadEmbedSettings } from "@/lib/embed/data";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { EmbedDomainsForm } from "@/components/embed/embed-domains-form";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Embed" };

const CODE = "mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs";

export default async function EmbedSettingsPage() {
  const viewer = await requirePageViewer("/settings/embed");
  if (!can(viewer.role, "settings.manage")) return <Forbidden what="the embed settings" />;
  const settings = await loadEmbedSettings(viewer.orgId);
  const base = await publicBaseUrl();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Embed</h1>
        <p className="max-w-2xl text-sm text-muted">
          Publishers can show {viewer.orgName}’s published fact-checks on their own article pages: highlights with a
          card for each claim, or a small badge. Only your organization’s checks appear, and only on the domains listed
          here.
        </p>
      </div>
      <section aria-labelledby="embed-domains" className="rounded-xl border border-line bg-white p-6">
        <h2 id="embed-domains" className="mb-1 text-lg font-semibold">
          Where the embed may show your checks
        </h2>
        <p className="mb-4 max-w-2xl text-sm text-muted">
          A page on any other site gets nothing. Pages on FactDesk itself always may.
        </p>
        <EmbedDomainsForm domains={settings.embedDomains} />
      </section>
      <section aria-labelledby="embed-snippet" className="rounded-xl border border-line bg-white p-6 text-sm">
        <h2 id="embed-snippet" className="mb-2 text-lg font-semibold">
          Highlights on the article page
        </h2>
        <p className="text-muted">
          Put this before the closing <code>&lt;/body&gt;</code> of the publisher’s article page. It finds the published
          fact-check by the page’s canonical address (the original address you entered with the article); add{" "}
          <code>data-factdesk-article=&quot;…&quot;</code> with the article’s id to name it directly.
        </p>
        <pre
          className={CODE}
        >{`<script src="${base}/embed/factdesk.js" data-factdesk-org="${settings.slug}" async></script>`}</pre>
        <h2 className="mt-6 mb-2 text-lg font-semibold">Badge</h2>
        <p className="text-muted">
          For pages that cannot run a script: a frame with the verdict counts and a link to the fact-check.
        </p>
        <pre
          className={CODE}
        >{`<iframe src="${base}/embed/badge/ARTICLE_ID" title="Fact-check by ${viewer.orgName}" width="400" height="120"></iframe>`}</pre>
      </section>
    </div>
  );
}
