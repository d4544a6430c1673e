import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, poolConfig, quoteIdentifier, sessionSetup } from "./pg-connection";

describe("sessionSetup", () => {
  it("turns JIT off on every connection, and points SQL at the URL's schema when there is one", () => {
    expect(sessionSetup(undefined)).toBe("SET jit = off");
    expect(sessionSetup("test_file_7")).toBe('SET jit = off; SET search_path TO "test_file_7"');
  });

  it("quotes the schema as an identifier, so a name cannot end the statement", () => {
    expect(sessionSetup('x"; DROP TABLE "Claim')).toBe('SET jit = off; SET search_path TO "x""; DROP TABLE ""Claim"');
    expect(quoteIdentifier("Claim")).toBe('"Claim"');
  });
});

describe("parseDatabaseUrl", () => {
  it("takes Prisma's ?schema= off the URL pg connects to, keeping every other parameter", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db:5432/factdesk?schema=file_3&sslmode=require")).toEqual({
      connectionString: "postgresql://u:p@db:5432/factdesk?sslmode=require",
      schema: "file_3",
    });
  });

  it("has no schema when the URL names none (or an empty one)", () => {
    expect(parseDatabaseUrl("postgresql://db/factdesk").schema).toBeUndefined();
    expect(parseDatabaseUrl("postgresql://db/factdesk?schema=").schema).toBeUndefined();
  });

  it("gives a pool a connection class that runs the session setup", () => {
    const config = poolConfig("postgresql://db/factdesk?schema=s", { max: 3 });
    expect(config).toMatchObject({ connectionString: "postgresql://db/factdesk", max: 3, schema: "s" });
    expect(typeof config.Client).toBe("function");
  });
});
