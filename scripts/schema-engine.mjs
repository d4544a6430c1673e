#!/usr/bin/env node
// Stands in for Prisma's native `schema-engine` binary, which cannot be downloaded on these machines.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here. We speak the binary's JSON-RPC-over-stdio protocol and
// delegate to Prisma's own engine compiled to WebAssembly (@prisma/schema-engine-wasm) over @prisma/adapter-pg.
// PostgreSQL only. Each workaround below fixes a failure seen with the stock pieces; see docs/decisions.
import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import { parse as parseUrl } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

process.removeAllListeners("warning"); // the CLI reads our stderr as JSON lines
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  set_message(m) {
    this.message = `RuntimeError: ${m}`;
  },
};

const args = process.argv.slice(2);
const optionValues = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const datasource = JSON.parse(optionValues("--datasource")[0] ?? "{}");

function logLine(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}
const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

async function loadWasmEngine() {
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmUrl = new URL(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmUrl)), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

// Discrete fields, not a connectionString: pg lets a connectionString override the `database` we set for shadows.
function connectionConfig(url) {
  const { schema, ...config } = parseUrl(url);
  return { config, options: schema ? { schema } : undefined };
}

// adapter-pg rejects PostgreSQL's internal "char" type (oid 18) that the engine's catalog queries return
// (pg_class.relkind...). pg already decodes it as a string, so report it as text (oid 25).
const CHAR_OID = 18,
  TEXT_OID = 25;
function retypeCharColumns(result) {
  for (const r of [].concat(result ?? []))
    for (const f of r?.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
  return result;
}
class CatalogSafeClient extends pg.Client {
  query(config, values, callback) {
    const cb = typeof values === "function" ? values : callback;
    if (typeof cb === "function") {
      const wrapped = (err, res) => cb(err, err ? res : retypeCharColumns(res));
      return typeof values === "function" ? super.query(config, wrapped) : super.query(config, values, wrapped);
    }
    const pending = super.query(config, values);
    return typeof pending?.then === "function" ? pending.then(retypeCharColumns) : pending;
  }
}

// PrismaPg.executeScript splits on every ";" (breaking DO blocks and atomicity). Like the native engine, send the
// whole migration as one simple-protocol query: PostgreSQL runs it in one implicit transaction.
function adapterFor(url, database) {
  const { config, options } = connectionConfig(url);
  const factory = new PrismaPg({ ...config, ...(database && { database }), Client: CatalogSafeClient }, options);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (e) {
        adapter.onError(e);
      }
    };
    return adapter;
  };
  return factory;
}

const DROP_ALL_SCHEMAS = `DO $$ DECLARE s name; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`;

// adapter-pg's own shadow handling migrates the main database on single-database servers (PGlite) or leaves the
// shadow behind; we create and drop a throwaway database ourselves, and reset a configured one (Wasm engine won't).
async function connectShadow(mainFactory) {
  if (datasource.shadowDatabaseUrl) {
    const shadow = await adapterFor(datasource.shadowDatabaseUrl).connect();
    await shadow.executeScript(DROP_ALL_SCHEMAS);
    return shadow;
  }
  const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  const main = await mainFactory.connect();
  const dropShadow = async () => {
    await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
    await main.dispose();
  };
  await main.executeScript(`CREATE DATABASE "${name}"`);
  const shadow = await adapterFor(datasource.url, name).connect();
  const [connectedTo] = (await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] })).rows[0];
  if (connectedTo !== name) {
    await shadow.dispose();
    await dropShadow();
    throw new Error(
      `This server cannot host a temporary shadow database (connected to "${connectedTo}"). Set SHADOW_DATABASE_URL to a separate, disposable database.`,
    );
  }
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await dropShadow();
  };
  return shadow;
}

let boundFactory;
function createAdapterFactory() {
  if (!datasource.url) throw new Error("No database URL: set DATABASE_URL (prisma.config.ts reads it).");
  const factory = adapterFor(datasource.url);
  factory.connectToShadowDb = () => connectShadow(factory);
  return (boundFactory = bindMigrationAwareSqlAdapterFactory(factory));
}

const PG_TO_PRISMA_CODES = { "3D000": "P1003", "28P01": "P1000", ECONNREFUSED: "P1001" };
// `schema-engine --datasource {...} cli <command>`: the CLI's "does the database exist / create it" calls.
async function runCliCommand(command) {
  const { config } = connectionConfig(datasource.url);
  const connected = async (cfg) => {
    const c = new pg.Client(cfg);
    await c.connect();
    return c;
  };
  process.stderr.write("{}\n"); // the CLI skips the first stderr line
  try {
    if (command === "can-connect-to-database") return (await (await connected(config)).end(), 0);
    if (command !== "create-database" && command !== "drop-database")
      throw new Error(`unsupported cli command ${command}`);
    const dbName = decodeURIComponent(new URL(datasource.url).pathname.slice(1)).replaceAll('"', '""');
    const admin = await connected({ ...config, database: "postgres" }).catch(() =>
      connected({ ...config, database: "template1" }),
    );
    await admin.query(`${command === "create-database" ? "CREATE" : "DROP"} DATABASE "${dbName}"`);
    await admin.end();
    return 0;
  } catch (e) {
    const code = PG_TO_PRISMA_CODES[e.code];
    logLine("ERROR", e.message, code ? { error_code: code } : {});
    return 1;
  }
}

function toRpcError(e) {
  // errors thrown inside the adapter reach us as "External error id#N": append the original text
  const external = /External error id#(\d+)/.exec(e?.message ?? "");
  const original = external && boundFactory?.errorRegistry?.consumeError(Number(external[1]))?.error;
  if (original) e.message += `\n${original.stack ?? original.message ?? original}`;
  if (e instanceof WebAssembly.RuntimeError || e?.name === "RuntimeError") {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || String(e.message);
    return { code: 4466, message, data: { is_panic: true, message, backtrace: e.stack } };
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message: String(e?.message ?? e),
      meta: e?.meta ?? null,
      error_code: e?.code ?? undefined,
    },
  };
}

async function serveRpc() {
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = optionValues("--datamodels").map((p) => [p, fs.readFileSync(p, "utf8")]);
  let engine;
  const getEngine = () =>
    (engine ??= SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (msg) => process.stderr.write(String(msg) + "\n"),
      createAdapterFactory(),
    ));
  const overrides = {
    createDatabase: async () => {
      if (await runCliCommand("create-database")) throw new Error("createDatabase failed");
      return { databaseName: new URL(datasource.url).pathname.slice(1) };
    },
  };
  let currentId;
  // a Wasm panic can surface outside the request's promise: it must become an error and a non-zero exit
  process.on("uncaughtException", (e) => {
    if (currentId !== undefined) send({ id: currentId, error: toRpcError(e) });
    logLine("ERROR", globalThis.PRISMA_WASM_PANIC_REGISTRY.message || String(e?.stack ?? e));
    process.exit(101);
  });
  let queue = Promise.resolve(); // one request at a time, in order, like the native engine
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    const request = line.trim() ? JSON.parse(line) : {};
    if (request.method === undefined) return; // blank line, or the CLI's answer to our `print` request
    queue = queue.then(async () => {
      currentId = request.id;
      try {
        const handler =
          overrides[request.method] ??
          (async (params) => {
            const e = await getEngine();
            if (typeof e[request.method] !== "function")
              throw new Error(`Method not supported by the Wasm schema engine: ${request.method}`);
            return e[request.method](params ?? {});
          });
        const result = await handler(request.params);
        if (request.method === "diff" && typeof result?.stdout === "string") {
          // the native engine prints a diff through a `print` request and returns stdout: null
          if (result.stdout)
            send({ id: `print-${request.id}`, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
          result.stdout = null;
        }
        send({ id: request.id, result: result ?? {} });
      } catch (e) {
        send({ id: request.id, error: toRpcError(e) });
      }
    });
  });
  lines.on("close", async () => {
    await queue;
    try {
      (await engine)?.free?.();
    } catch {
      /* already freed */
    }
    process.exit(0);
  });
}

if (args.includes("--version")) {
  console.log(`schema-engine-wasm ${(await loadWasmEngine()).version()}`);
} else if (args.includes("cli")) {
  process.exitCode = await runCliCommand(args[args.indexOf("cli") + 1]);
} else {
  await serveRpc();
}
