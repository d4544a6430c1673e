import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { findApiTokensOfOrg } from "@/lib/api-tokens/data";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/annotations/protocol";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenDialog } from "@/components/tokens/revoke-token-dialog";
import { Forbidden } from "@/components/ui/forbidden";
import { formatDate } from "@/lib/i18n/format";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.tokens"))("title") };
}

export default async function TokensPage() {
  const viewer = await requirePageViewer("/settings/tokens");
  const t = await getTranslations("settings.tokens");
  const locale = await getLocale();
  const formatMoment = (d: Date) => formatDate(d, "dateTime", { locale });
  if (!can(viewer.role, "token.manage")) return <Forbidden what={t("forbidden")} />;
  const tokens = await findApiTokensOfOrg(viewer.orgId);
  const base = await publicBaseUrl();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-2xl text-sm text-muted">{t("intro", { org: viewer.orgName })}</p>
      </div>
      <DataTable
        caption={t("caption", { org: viewer.orgName })}
        columns={[t("name"), t("created"), t("lastUsed"), t("status"), { hidden: t("actions") }]}
        empty={tokens.length === 0 && t("empty")}
      >
        {tokens.map((token) => (
          <tr key={token.id} className={token.revokedAt ? "text-muted" : undefined}>
            <th scope="row" className="px-4 py-3 font-medium">
              {token.name}
            </th>
            <td className="px-4 py-3">
              {formatMoment(token.createdAt)}{" "}
              <span className="text-muted">{t("by", { name: token.createdByName })}</span>
            </td>
            <td className="px-4 py-3">{token.lastUsedAt ? formatMoment(token.lastUsedAt) : t("never")}</td>
            <td className="px-4 py-3">
              {token.revokedAt ? t("revoked", { when: formatMoment(token.revokedAt) }) : t("active")}
            </td>
            <td className="px-4 py-3 text-end">
              {!token.revokedAt && <RevokeTokenDialog tokenId={token.id} name={token.name} />}
            </td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="create-token" className="rounded-xl border border-line bg-white p-6">
        <h2 id="create-token" className="mb-4 text-lg font-semibold">
          {t("create")}
        </h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="use-token" className="rounded-xl border border-line bg-white p-6 text-sm">
        <h2 id="use-token" className="mb-2 text-lg font-semibold">
          {t("using")}
        </h2>
        <p className="text-muted">{t("usingIntro")}</p>
        <pre dir="ltr" className="mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 text-xs">
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
