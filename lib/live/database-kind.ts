// The embedded database (PGlite, scripts/with-db.mjs) is PostgreSQL compiled to WebAssembly behind one shared
// session: NOTIFY from one connection is not delivered to a LISTEN on another. Its version string gives it away.
export function isEmbeddedPostgres(version: string): boolean {
  return /wasm32|emscripten|pglite/i.test(version);
}
