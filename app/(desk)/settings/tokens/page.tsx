import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { findApiTokensOfOrg } from "@/lib/api-tokens/data";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/annotations/protocol";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenDialog } from "@/components/tokens/revoke-token-dialog";
import { Forbidden } from "@/components/ui/forbidden";
import { formatDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "API tokens" };

const formatMoment = (d: Date) => formatDate(d, "dateTime");

export default async function TokensPage() {
  const viewer = await requirePageViewer("/settings/tokens");
  if (!can(viewer.role, "token.manage")) return <Forbidden what="the API tokens page" />;
  const tokens = await findApiTokensOfOrg(viewer.orgId);
  const base = await publicBaseUrl();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="max-w-2xl text-sm text-muted">
          Tokens let other tools send annotations to {viewer.orgName}. What they send arrives as a draft claim for your
          reviewers; nothing a token sends is published without review.
        </p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">API tokens of {viewer.orgName}</caption>
          <thead className="border-b border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">
                Name
              </th>
              <th scope="col" className="px-4 py-3">
                Created
              </th>
              <th scope="col" className="px-4 py-3">
                Last used
              </th>
              <th scope="col" className="px-4 py-3">
                Status
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {tokens.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-muted">
                  No tokens yet.
                </td>
              </tr>
            )}
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt ? "text-muted" : undefined}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {t.name}
                </th>
                <td className="px-4 py-3">
                  {formatMoment(t.createdAt)} <span className="text-muted">by {t.createdByName}</span>
                </td>
                <td className="px-4 py-3">{t.lastUsedAt ? formatMoment(t.lastUsedAt) : "Never"}</td>
                <td className="px-4 py-3">{t.revokedAt ? `Revoked ${formatMoment(t.revokedAt)}` : "Active"}</td>
                <td className="px-4 py-3 text-right">
                  {!t.revokedAt && <RevokeTokenDialog tokenId={t.id} name={t.name} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="create-token" className="rounded-xl border border-line bg-white p-6">
        <h2 id="create-token" className="mb-4 text-lg font-semibold">
          Create a token
        </h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="use-token" className="rounded-xl border border-line bg-white p-6 text-sm">
        <h2 id="use-token" className="mb-2 text-lg font-semibold">
          Using a token
        </h2>
        <p className="text-muted">
          Each published article has a W3C Web Annotation container. Send a new annotation to it with:
        </p>
        <pre className="mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs">
          {[
            `POST ${base}/api/annotations/{articleId}/`,
            "Authorization: Bearer fdk_…",
            `Content-Type: ${ANNOTATION_MEDIA_TYPE}`,
          ].join("\n")}
        </pre>
      </section>
    </div>
  );
}
