// npm run org:create -- --name "Factcheck Desk" --slug factcheck-desk --admin-email editor-in-chief@example.org
// Creates an organization and prints a one-time link (valid 7 days) for its first admin to choose a password: for
// scripted deployments and for a second organization on the same server. Exit codes: 0 done, 1 refused, 2 usage.
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { invitationLink } from "@/lib/invitations/deliver";
import { createOrganizationWithAdminInvitation } from "@/lib/organizations/mutations";
import { emailSchema, organizationNameSchema, organizationSlugSchema } from "@/lib/organizations/schema";
import { issueEnglish } from "@/lib/validation/issue-text";

const USAGE =
  'Usage: npm run org:create -- --name "Organization name" --slug organization-slug --admin-email admin@example.org';
const optionsSchema = z.object({
  name: organizationNameSchema,
  slug: organizationSlugSchema,
  "admin-email": emailSchema,
});

function readOptions(): z.infer<typeof optionsSchema> | null {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { name: { type: "string" }, slug: { type: "string" }, "admin-email": { type: "string" } },
    });
    const parsed = optionsSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    console.error(`[org:create] --${issue.path.join(".")}: ${issueEnglish(issue)}\n${USAGE}`);
  } catch (e) {
    console.error(`[org:create] ${(e as Error).message}\n${USAGE}`);
  }
  return null;
}

const options = readOptions();
if (!options) {
  process.exitCode = 2;
} else {
  try {
    const { org, invitation } = await createOrganizationWithAdminInvitation({
      name: options.name,
      slug: options.slug,
      adminEmail: options["admin-email"],
    });
    console.log(`[org:create] Created ${org.name} (${org.slug}).`);
    console.log(
      `[org:create] Give ${invitation.email} this one-time link to choose a password and sign in as its admin (valid until ${invitation.expiresAt.toISOString()}):`,
    );
    console.log(await invitationLink(invitation.token));
  } catch (e) {
    console.error(`[org:create] ${e instanceof AppError ? e.message : `failed: ${(e as Error).message}`}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}
