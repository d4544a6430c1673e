export class ConfigError extends Error {}
export function describeDatabaseUrlProblem(url: string): string | null;
export function checkDatabaseUrl(url: string): Promise<void>;
export function lockDataDir(dir: string): () => Promise<void>;
