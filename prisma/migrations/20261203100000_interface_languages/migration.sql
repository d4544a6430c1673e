-- The interface languages FactDesk ships (lib/i18n/locales.ts). A member picks theirs (NULL follows the browser);
-- readers get their organization's public language, or the one an article names for its own reader page.
ALTER TABLE "User" ADD COLUMN "interfaceLanguage" TEXT;
ALTER TABLE "User" ADD CONSTRAINT "User_interfaceLanguage_check" CHECK ("interfaceLanguage" IN ('en', 'es', 'ar'));
ALTER TABLE "Organization" ADD COLUMN "publicLanguage" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_publicLanguage_check" CHECK ("publicLanguage" IN ('en', 'es', 'ar'));
ALTER TABLE "Article" ADD COLUMN "readerLanguage" TEXT;
ALTER TABLE "Article" ADD CONSTRAINT "Article_readerLanguage_check" CHECK ("readerLanguage" IN ('en', 'es', 'ar'));
