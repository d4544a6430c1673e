import type { PGlite } from "@electric-sql/pglite";

export function md5Answer(password: string, user: string, salt: Buffer): string;
export function startPasswordGate(options: {
  host?: string;
  port?: number;
  password: string;
  upstreamPath: string;
  onRefused?: (reason: string) => void;
}): Promise<{ port: number; close: () => Promise<void> }>;
export function serveBehindPassword(
  db: PGlite,
  options: { password: string; host?: string; port?: number; onRefused?: (reason: string) => void },
): Promise<{ url: string; port: number; socketDir: string; close: () => Promise<void> }>;
