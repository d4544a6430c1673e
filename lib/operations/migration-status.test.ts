import { describe, expect, it } from "vitest";
import { migrationNamesIn, pendingMigrations } from "./migration-status";

describe("migration status", () => {
  it("lists migration folders only, in order", () => {
    const entries = [
      { name: "migration_lock.toml", isDirectory: false },
      { name: "20261201000000_b", isDirectory: true },
      { name: "20261125202713_init", isDirectory: true },
      { name: "notes", isDirectory: true },
    ];
    expect(migrationNamesIn(entries)).toEqual(["20261125202713_init", "20261201000000_b"]);
  });

  it("names the committed migrations the database lacks", () => {
    expect(pendingMigrations(["a", "b", "c"], ["a", "c", "zz"])).toEqual(["b"]);
    expect(pendingMigrations(["a"], ["a"])).toEqual([]);
  });
});
