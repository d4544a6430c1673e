import { z } from "zod";
import { text } from "@/lib/validation/text";
import { errorKey } from "@/lib/i18n/error-text";

// The slug is the organization's part of every public address (/r/<slug>/..., feeds, embeds): short, lowercase,
// safe in a URL as it is.
export const organizationNameSchema = text({ error: errorKey("organizations.nameMissing") })
  .trim()
  .min(1, errorKey("organizations.nameMissing"))
  .max(120, errorKey("organizations.nameTooLong"));

export const organizationSlugSchema = text({ error: errorKey("organizations.slugMissing") })
  .trim()
  .min(2, errorKey("organizations.slugTooShort"))
  .max(40, errorKey("organizations.slugTooLong"))
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, errorKey("organizations.slugFormat"));

export const personNameSchema = text({ error: errorKey("organizations.personNameMissing") })
  .trim()
  .min(1, errorKey("organizations.personNameMissing"))
  .max(120, errorKey("organizations.personNameTooLong"));

export const emailSchema = text({ error: errorKey("organizations.emailMissing") })
  .trim()
  .toLowerCase()
  .max(320, errorKey("auth.emailTooLong"))
  .pipe(z.email(errorKey("auth.emailInvalid")));
