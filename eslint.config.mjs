import next from "eslint-config-next";

const config = [
  { ignores: ["node_modules/**", ".next/**", "lib/generated/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts", "public/embed/**", "**/*.d.mts"] },
  ...next,
];
export default config;
