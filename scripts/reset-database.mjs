#!/usr/bin/env node
// Usage: node scripts/reset-database.mjs postgresql://.../name — drops and recreates that database (tests only).
import pg from "pg";

const target = new URL(process.argv[2] ?? "");
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`refusing to reset a database named "${name}"`);
const admin = new URL(target);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
console.log(`[reset-database] ${name} is empty`);
