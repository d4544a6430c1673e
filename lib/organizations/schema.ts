import { z } from "zod";
import { text } from "@/lib/validation/text";

// The slug is the organization's part of every public address (/r/<slug>/..., feeds, embeds): short, lowercase,
// safe in a URL as it is.
export const organizationNameSchema = text({ error: "Enter the organization's name." })
  .trim()
  .min(1, "Enter the organization's name.")
  .max(120, "Organization names can be at most 120 characters.");

export const organizationSlugSchema = text({ error: "Enter a short name for addresses (the slug)." })
  .trim()
  .min(2, "The slug needs at least 2 characters.")
  .max(40, "The slug can be at most 40 characters.")
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    "Use lowercase letters, digits and hyphens for the slug (such as factcheck-desk), starting and ending with a letter or digit.",
  );

export const personNameSchema = text({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(120, "Names can be at most 120 characters.");

export const emailSchema = text({ error: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .max(320, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, such as name@example.org."));
