export function pgliteExtensions(): Promise<Record<string, import("@electric-sql/pglite").Extension>>;
