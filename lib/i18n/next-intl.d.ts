// Types every translation call against the English catalogue: `t("annotator.missing")` does not compile.
import type { InterfaceLocale } from "./locales";
import type { Messages } from "./catalogue";

declare module "next-intl" {
  interface AppConfig {
    Locale: InterfaceLocale;
    Messages: Messages;
  }
}
