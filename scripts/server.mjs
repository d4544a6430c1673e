#!/usr/bin/env node
// Usage: node scripts/server.mjs [--dev] [-p|--port N (PORT, 3000)] [-H|--hostname HOST (LISTEN_HOST, all interfaces)]
// FactDesk's HTTP server: Next's request handler inside Node's own http server, so that every request
// - carries the TCP peer address as the LAST entry of X-Forwarded-For (lib/auth/client-address.ts reads it),
// - has an id (X-Request-Id on the response and, for the app and its error pages, on the request),
// - leaves one JSON line in the log (pino): id, method, path without query, status, duration, organization id.
// The app tells the server the organization of a request through a per-request context it finds on globalThis
// (lib/operations/request-context.ts); nothing of it travels on the wire. Never logged: bodies, headers, cookies, query
// strings. Started by scripts/with-db.mjs, which provides DATABASE_URL (see docs/deploying.md).
import { createServer } from "node:http";
import { AsyncLocalStorage } from "node:async_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pino from "pino";
import {
  levelForRequest,
  loggablePath,
  requestIdFor,
  appendPeerAddress,
  serverTimingHeader,
  trustedProxyHopsFrom,
} from "./server/request-meta.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = options.dev;
const port = Number(options.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `The port "${options.port ?? process.env.PORT}" is not a port number (0 to 65535); set PORT or pass -p.`,
  );
  process.exit(2);
}
const hostname = options.hostname ?? process.env.LISTEN_HOST;
process.env.NODE_ENV ??= dev ? "development" : "production";
process.chdir(root); // the app reads prisma/migrations (lib/operations/readiness.ts) from the project folder
process.env.PORT = String(port); // the app builds local public links from it (lib/operations/public-base-url.ts)

// Longer than any pause between two requests of one connection (and than a load balancer's usual 60 s idle timeout):
// with Node's default of 5 s the server closes idle keep-alive connections as the client reuses them.
const KEEP_ALIVE_MS = 70_000;
const SHUTDOWN_GRACE_MS = 10_000;
let trustedHops = 0;
try {
  trustedHops = trustedProxyHopsFrom(process.env.TRUSTED_PROXY_HOPS);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
if (process.env.LOG_LEVEL && !LOG_LEVELS.includes(process.env.LOG_LEVEL)) {
  console.error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${process.env.LOG_LEVEL}".`);
  process.exit(2);
}

const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

// The app's side of this contract is lib/operations/request-context.ts (Symbol.for keys are shared across bundles):
// the per-request context it notes the organization in, and the logger its start-up checks and errors go to.
const requestContext = new AsyncLocalStorage();
globalThis[Symbol.for("factdesk.request-context")] = requestContext;
globalThis[Symbol.for("factdesk.log")] = log;

const server = createServer();
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = KEEP_ALIVE_MS + 5_000; // must outlast keep-alive or Node drops a reused connection's next request

// imported only now: Next and React pick their production or development build from NODE_ENV when loaded
const { default: next } = await import("next");
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port, httpServer: server });
const handle = app.getRequestHandler();

server.on("request", (req, res) => {
  const started = process.hrtime.bigint();
  const requestId = requestIdFor(req.headers["x-request-id"], trustedHops);
  req.headers["x-request-id"] = requestId;
  appendPeerAddress(req.headers, req.socket.remoteAddress);
  res.setHeader("X-Request-Id", requestId);
  const context = { requestId, orgId: undefined, timings: undefined };
  // the phases the app timed (lib/operations/request-context.ts) go out as Server-Timing with the headers
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const header = serverTimingHeader(
      res.getHeader("Server-Timing"),
      context.timings,
      Number(process.hrtime.bigint() - started) / 1e6,
    );
    if (header) res.setHeader("Server-Timing", header);
    return writeHead.apply(this, args);
  };
  const path = loggablePath(req.url);
  res.once("close", () => {
    const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away before the answer ended
    const fields = {
      requestId,
      method: req.method,
      path,
      status,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
    };
    if (context.orgId) fields.orgId = context.orgId;
    log[levelForRequest(path, status)](fields, "request");
  });
  requestContext.run(context, () => {
    handle(req, res).catch((error) => {
      log.error(
        {
          requestId,
          method: req.method,
          path,
          err: { type: error?.name, message: error?.message, stack: error?.stack },
        },
        "request handler failed",
      );
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end(`FactDesk could not answer this request. Quote this reference when you report it: ${requestId}\n`);
      } else res.destroy();
    });
  });
});

// Malformed HTTP (bad header characters, oversized headers): Node answers 400 itself once we say so.
server.on("clientError", (error, socket) => {
  log.warn({ code: error.code, message: error.message }, "malformed request");
  if (socket.writable && !socket.destroyed)
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  else socket.destroy();
});

function shutdown(signal) {
  log.info({ signal }, "stopping: no new connections, finishing the requests in flight");
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // live-update streams (SSE) never end by themselves
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));

try {
  await app.prepare();
} catch (error) {
  log.fatal(
    { err: { message: error?.message, stack: error?.stack } },
    "the app could not be prepared (was `npm run build` run?)",
  );
  process.exit(1);
}
server.listen(port, hostname, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  process.env.PORT = String(actualPort);
  log.info(
    {
      url: `http://${hostname ?? "localhost"}:${actualPort}`,
      mode: dev ? "development" : "production",
      trustedProxyHops: trustedHops,
    },
    "FactDesk is listening",
  );
});
server.on("error", (error) => {
  log.fatal(
    { code: error.code, message: error.message },
    error.code === "EADDRINUSE" ? `port ${port} is already in use; set PORT or pass -p` : "the server could not listen",
  );
  process.exit(1);
});
