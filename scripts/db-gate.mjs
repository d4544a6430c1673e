// A password check in front of the embedded database. pglite-socket serves PGlite over PostgreSQL's wire protocol
// but answers every connection with "authentication ok" whatever the password (it has no option for one), so on
// its own anyone on the machine could read users and password hashes through its port. Here PGlite listens only on
// a Unix socket inside a folder only this user may open, and the TCP port the app connects to is this gate: it
// asks each connection for the password (MD5 challenge with a fresh salt, so the password never crosses the wire),
// refuses a wrong one with PostgreSQL's own error (28P01), and only then joins the connection to PGlite.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { connect, createServer } from "node:net";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const MAX_STARTUP_BYTES = 10_000; // PostgreSQL's own limit for a startup packet
const AUTH_TIMEOUT_MS = 10_000;

/** "md5" + md5(md5(password + user) + salt), as a PostgreSQL client answers an MD5 challenge. */
export function md5Answer(password, user, salt) {
  const inner = createHash("md5")
    .update(password + user)
    .digest("hex");
  return (
    "md5" +
    createHash("md5")
      .update(Buffer.concat([Buffer.from(inner), salt]))
      .digest("hex")
  );
}

function errorResponse(code, message) {
  const fields = [
    ["S", "FATAL"],
    ["V", "FATAL"],
    ["C", code],
    ["M", message],
  ];
  const body = Buffer.concat([...fields.map(([k, v]) => Buffer.from(`${k}${v}\0`)), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function parseStartupParameters(packet) {
  const params = {};
  const parts = packet.subarray(8).toString("utf8").split("\0");
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) params[parts[i]] = parts[i + 1];
  return params;
}

/** Handles one client connection: startup, password check, then a byte pipe to PGlite's Unix socket. */
function gateConnection(client, { password, upstreamPath, onRefused }) {
  let buffer = Buffer.alloc(0);
  let stage = "startup"; // startup → password → piped
  let startupPacket;
  let user = "";
  const salt = randomBytes(4);
  const timer = setTimeout(() => client.destroy(), AUTH_TIMEOUT_MS);
  const refuse = (code, message) => {
    onRefused?.(message);
    client.end(errorResponse(code, message));
    clearTimeout(timer);
    stage = "closed";
  };

  const onData = (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (buffer.length > MAX_STARTUP_BYTES) return refuse("08P01", "The startup packet is too long.");
    while (stage === "startup" && buffer.length >= 8) {
      const length = buffer.readInt32BE(0);
      if (length < 8 || length > MAX_STARTUP_BYTES) return refuse("08P01", "The startup packet is not valid.");
      if (buffer.length < length) return;
      const packet = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_REQUEST) {
        client.write("N");
        continue;
      } // loopback only: no TLS
      if (code !== PROTOCOL_3) return refuse("08P01", "Only protocol version 3 is supported.");
      startupPacket = Buffer.from(packet);
      user = parseStartupParameters(packet).user ?? "";
      const challenge = Buffer.alloc(13);
      challenge.write("R", 0);
      challenge.writeInt32BE(12, 1);
      challenge.writeInt32BE(5, 5); // AuthenticationMD5Password
      salt.copy(challenge, 9);
      client.write(challenge);
      stage = "password";
    }
    if (stage !== "password" || buffer.length < 5) return;
    if (buffer[0] !== 0x70 /* 'p' */) return refuse("28000", "Password authentication is required.");
    const length = buffer.readInt32BE(1);
    if (length < 5 || length > 1024) return refuse("08P01", "The password message is not valid.");
    if (buffer.length < length + 1) return;
    const answer = buffer
      .subarray(5, length + 1)
      .toString("utf8")
      .replace(/\0$/, "");
    const rest = buffer.subarray(length + 1);
    const expected = createHash("sha256")
      .update(md5Answer(password, user, salt))
      .digest();
    const given = createHash("sha256").update(answer).digest();
    if (!timingSafeEqual(expected, given))
      return refuse("28P01", `password authentication failed for user "${user.slice(0, 64)}"`);
    clearTimeout(timer);
    stage = "piped";
    client.off("data", onData);
    client.pause();
    const upstream = connect(upstreamPath);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    upstream.on("connect", () => {
      upstream.write(startupPacket);
      if (rest.length) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  };
  client.on("data", onData);
  client.on("error", () => clearTimeout(timer));
  client.on("close", () => clearTimeout(timer));
}

/** Starts the gate on host:port (0: any free port); resolves with { port, close }. */
export function startPasswordGate({ host = "127.0.0.1", port = 0, password, upstreamPath, onRefused }) {
  if (typeof password !== "string" || password.length < 16)
    throw new Error("The embedded database password must be at least 16 characters.");
  const sockets = new Set();
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    gateConnection(client, { password, upstreamPath, onRefused });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Serves a PGlite instance behind the gate: PGlite on a Unix socket in a fresh folder only this user may open, the
 * gate on host:port. Resolves with the connection URL (password included) and a close function.
 */
export async function serveBehindPassword(db, { password, host = "127.0.0.1", port = 0, onRefused } = {}) {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const socketDir = mkdtempSync(path.join(tmpdir(), "factdesk-db-")); // mkdtemp makes it 0700
  const socketPath = path.join(socketDir, ".s.PGSQL.5432");
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
  await server.start();
  const gate = await startPasswordGate({ host, port, password, upstreamPath: socketPath, onRefused });
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@${host}:${gate.port}/postgres`,
    port: gate.port,
    socketDir,
    close: async () => {
      await gate.close();
      await server.stop();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
