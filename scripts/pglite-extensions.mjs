// The PostgreSQL extensions our migrations create (CREATE EXTENSION), which the embedded database must have loaded
// when it starts: PGlite ships them as separate modules. Used by every place that starts PGlite.
export async function pgliteExtensions() {
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return { pg_trgm };
}
