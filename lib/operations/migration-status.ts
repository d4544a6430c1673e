// Which committed migrations (folders under prisma/migrations) the database has not applied. Pure; unit-tested.

/** Migration folder names among a directory listing (Prisma's: "<timestamp>_<name>"; migration_lock.toml is not one). */
export function migrationNamesIn(entries: { name: string; isDirectory: boolean }[]): string[] {
  return entries
    .filter((e) => e.isDirectory && /^\d{14}_[\w-]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

export function pendingMigrations(committed: string[], applied: string[]): string[] {
  const done = new Set(applied);
  return committed.filter((name) => !done.has(name));
}
