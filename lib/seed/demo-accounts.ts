// The demo organization's accounts (README lists them). Pure data: the seed, the e2e specs and docs share it.
export const DEMO_PASSWORD = "fact-check-demo";
export const DEMO_ORG = { name: "Demo Fact Check Desk", slug: "demo" };
export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Alex Admin", role: "ADMIN" },
  { email: "editor@example.org", name: "Erin Editor", role: "EDITOR" },
  { email: "reviewer@example.org", name: "Riley Reviewer", role: "REVIEWER" },
] as const;
