import "server-only";
import { db } from "@/lib/db";
import { readPublished } from "@/lib/db-replica";
import { DEFAULT_LOCALE, isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";

export type EmbedOrganization = {
  id: string;
  slug: string;
  name: string;
  embedDomains: string[];
  publicLanguage: string;
};

/** The organization a public embed request names, with the sites allowed to show its checks. */
export async function findEmbedOrganization(slug: string): Promise<EmbedOrganization | null> {
  return readPublished((client) =>
    client.organization.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true, embedDomains: true, publicLanguage: true },
    }),
  );
}

/** The embed settings page: the viewer's own organization only. */
export async function loadEmbedSettings(
  orgId: string,
): Promise<{ slug: string; embedDomains: string[]; publicLanguage: InterfaceLocale }> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { slug: true, embedDomains: true, publicLanguage: true },
  });
  return { ...org, publicLanguage: isInterfaceLocale(org.publicLanguage) ? org.publicLanguage : DEFAULT_LOCALE };
}
