// Every catalogue file, imported statically so the bundler ships them: one JSON file per namespace and language
// (lib/i18n/messages/<locale>/<namespace>.json). catalogue.test.ts checks every language has every message, same arguments.
import en_common from "./messages/en/common.json";
import en_layout from "./messages/en/layout.json";
import en_ui from "./messages/en/ui.json";
import en_auth from "./messages/en/auth.json";
import en_settings from "./messages/en/settings.json";
import en_members from "./messages/en/members.json";
import en_scales from "./messages/en/scales.json";
import en_tokens from "./messages/en/tokens.json";
import en_invitations from "./messages/en/invitations.json";
import en_notifications from "./messages/en/notifications.json";
import en_operations from "./messages/en/operations.json";
import en_embedPanel from "./messages/en/embedPanel.json";
import en_annotator from "./messages/en/annotator.json";
import en_claimFinder from "./messages/en/claimFinder.json";
import en_discussion from "./messages/en/discussion.json";
import en_history from "./messages/en/history.json";
import en_articles from "./messages/en/articles.json";
import en_intake from "./messages/en/intake.json";
import en_search from "./messages/en/search.json";
import en_myWork from "./messages/en/myWork.json";
import en_experts from "./messages/en/experts.json";
import en_overview from "./messages/en/overview.json";
import en_exports from "./messages/en/exports.json";
import en_onboarding from "./messages/en/onboarding.json";
import en_digest from "./messages/en/digest.json";
import en_reader from "./messages/en/reader.json";
import en_embed from "./messages/en/embed.json";
import en_email from "./messages/en/email.json";
import en_reports from "./messages/en/reports.json";
import en_vocabulary from "./messages/en/vocabulary.json";
import en_errors from "./messages/en/errors.json";
import es_common from "./messages/es/common.json";
import es_layout from "./messages/es/layout.json";
import es_ui from "./messages/es/ui.json";
import es_auth from "./messages/es/auth.json";
import es_settings from "./messages/es/settings.json";
import es_members from "./messages/es/members.json";
import es_scales from "./messages/es/scales.json";
import es_tokens from "./messages/es/tokens.json";
import es_invitations from "./messages/es/invitations.json";
import es_notifications from "./messages/es/notifications.json";
import es_operations from "./messages/es/operations.json";
import es_embedPanel from "./messages/es/embedPanel.json";
import es_annotator from "./messages/es/annotator.json";
import es_claimFinder from "./messages/es/claimFinder.json";
import es_discussion from "./messages/es/discussion.json";
import es_history from "./messages/es/history.json";
import es_articles from "./messages/es/articles.json";
import es_intake from "./messages/es/intake.json";
import es_search from "./messages/es/search.json";
import es_myWork from "./messages/es/myWork.json";
import es_experts from "./messages/es/experts.json";
import es_overview from "./messages/es/overview.json";
import es_exports from "./messages/es/exports.json";
import es_onboarding from "./messages/es/onboarding.json";
import es_digest from "./messages/es/digest.json";
import es_reader from "./messages/es/reader.json";
import es_embed from "./messages/es/embed.json";
import es_email from "./messages/es/email.json";
import es_reports from "./messages/es/reports.json";
import es_vocabulary from "./messages/es/vocabulary.json";
import es_errors from "./messages/es/errors.json";
import ar_common from "./messages/ar/common.json";
import ar_layout from "./messages/ar/layout.json";
import ar_ui from "./messages/ar/ui.json";
import ar_auth from "./messages/ar/auth.json";
import ar_settings from "./messages/ar/settings.json";
import ar_members from "./messages/ar/members.json";
import ar_scales from "./messages/ar/scales.json";
import ar_tokens from "./messages/ar/tokens.json";
import ar_invitations from "./messages/ar/invitations.json";
import ar_notifications from "./messages/ar/notifications.json";
import ar_operations from "./messages/ar/operations.json";
import ar_embedPanel from "./messages/ar/embedPanel.json";
import ar_annotator from "./messages/ar/annotator.json";
import ar_claimFinder from "./messages/ar/claimFinder.json";
import ar_discussion from "./messages/ar/discussion.json";
import ar_history from "./messages/ar/history.json";
import ar_articles from "./messages/ar/articles.json";
import ar_intake from "./messages/ar/intake.json";
import ar_search from "./messages/ar/search.json";
import ar_myWork from "./messages/ar/myWork.json";
import ar_experts from "./messages/ar/experts.json";
import ar_overview from "./messages/ar/overview.json";
import ar_exports from "./messages/ar/exports.json";
import ar_onboarding from "./messages/ar/onboarding.json";
import ar_digest from "./messages/ar/digest.json";
import ar_reader from "./messages/ar/reader.json";
import ar_embed from "./messages/ar/embed.json";
import ar_email from "./messages/ar/email.json";
import ar_reports from "./messages/ar/reports.json";
import ar_vocabulary from "./messages/ar/vocabulary.json";
import ar_errors from "./messages/ar/errors.json";
import type { InterfaceLocale } from "./locales";

const en = {
  common: en_common,
  layout: en_layout,
  ui: en_ui,
  auth: en_auth,
  settings: en_settings,
  members: en_members,
  scales: en_scales,
  tokens: en_tokens,
  invitations: en_invitations,
  notifications: en_notifications,
  operations: en_operations,
  embedPanel: en_embedPanel,
  annotator: en_annotator,
  claimFinder: en_claimFinder,
  discussion: en_discussion,
  history: en_history,
  articles: en_articles,
  intake: en_intake,
  search: en_search,
  myWork: en_myWork,
  experts: en_experts,
  overview: en_overview,
  exports: en_exports,
  onboarding: en_onboarding,
  digest: en_digest,
  reader: en_reader,
  embed: en_embed,
  email: en_email,
  reports: en_reports,
  vocabulary: en_vocabulary,
  errors: en_errors,
};
const es = {
  common: es_common,
  layout: es_layout,
  ui: es_ui,
  auth: es_auth,
  settings: es_settings,
  members: es_members,
  scales: es_scales,
  tokens: es_tokens,
  invitations: es_invitations,
  notifications: es_notifications,
  operations: es_operations,
  embedPanel: es_embedPanel,
  annotator: es_annotator,
  claimFinder: es_claimFinder,
  discussion: es_discussion,
  history: es_history,
  articles: es_articles,
  intake: es_intake,
  search: es_search,
  myWork: es_myWork,
  experts: es_experts,
  overview: es_overview,
  exports: es_exports,
  onboarding: es_onboarding,
  digest: es_digest,
  reader: es_reader,
  embed: es_embed,
  email: es_email,
  reports: es_reports,
  vocabulary: es_vocabulary,
  errors: es_errors,
};
const ar = {
  common: ar_common,
  layout: ar_layout,
  ui: ar_ui,
  auth: ar_auth,
  settings: ar_settings,
  members: ar_members,
  scales: ar_scales,
  tokens: ar_tokens,
  invitations: ar_invitations,
  notifications: ar_notifications,
  operations: ar_operations,
  embedPanel: ar_embedPanel,
  annotator: ar_annotator,
  claimFinder: ar_claimFinder,
  discussion: ar_discussion,
  history: ar_history,
  articles: ar_articles,
  intake: ar_intake,
  search: ar_search,
  myWork: ar_myWork,
  experts: ar_experts,
  overview: ar_overview,
  exports: ar_exports,
  onboarding: ar_onboarding,
  digest: ar_digest,
  reader: ar_reader,
  embed: ar_embed,
  email: ar_email,
  reports: ar_reports,
  vocabulary: ar_vocabulary,
  errors: ar_errors,
};

/** The English catalogue is the reference: its shape types every `t("…")` call (lib/i18n/next-intl.d.ts). */
export type Messages = typeof en;
export const NAMESPACES = Object.keys(en) as (keyof Messages)[];
export const catalogues: Record<InterfaceLocale, Messages> = { en, es: es as Messages, ar: ar as Messages };
