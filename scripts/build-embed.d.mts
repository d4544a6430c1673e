export const EMBED_OUTPUT: string;
export const EMBED_BUDGET_GZIP_BYTES: number;
export function bundleEmbed(): Promise<string>;
export function gzipSize(code: string): number;
