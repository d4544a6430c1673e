export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/seed/demo-accounts";
export const SEED_TITLE =
  "'We have to protect them but they don't protect us': Trump complains about US-Japan military alliance";
export const asRole = (role: "admin" | "editor" | "reviewer") => ({ storageState: `e2e/.auth/${role}.json` });
