import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signIn } from "./app-http";
import { DEMO_PASSWORD } from "./demo-accounts";
import { startOwnServer, type OwnServer } from "./own-server";

// scripts/server.mjs: one JSON line per request with its id, and nothing secret in the log. The app runs as
// `npm run demo` runs it, its standard output (the log) captured to a file.
const port = Number(new URL(baseURL).port) + 6;
let app: OwnServer;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startOwnServer(port);
});
test.afterAll(async () => {
  await app?.stop();
});

type LogLine = {
  level: string;
  msg: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  orgId?: string;
};
const logLines = () =>
  app
    .readLog()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine);

async function lineFor(requestId: string): Promise<LogLine> {
  for (let i = 0; i < 40; i++) {
    const line = logLines().find((l) => l.msg === "request" && l.requestId === requestId);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no log line for request ${requestId}`);
}

test("each request gets its own id on the response and one log line; a client cannot choose it", async () => {
  const res = await fetch(`${app.base}/signin?callbackUrl=%2Farticles`, {
    headers: { "X-Request-Id": "chosen-by-client" },
  });
  expect(res.status).toBe(200);
  const id = res.headers.get("x-request-id")!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const line = await lineFor(id);
  expect(line).toMatchObject({ level: "info", method: "GET", path: "/signin", status: 200 });
  expect(typeof line.ms).toBe("number");
  const other = (await fetch(`${app.base}/signin`)).headers.get("x-request-id");
  expect(other).not.toBe(id);
});

test("a signed-in request's line names the organization", async () => {
  const { cookie, error } = await signIn(app.base, "reviewer@example.org", DEMO_PASSWORD);
  expect(error).toBeNull();
  const res = await fetch(`${app.base}/articles`, { headers: { cookie }, redirect: "manual" });
  expect(res.status).toBe(200);
  const line = await lineFor(res.headers.get("x-request-id")!);
  expect(line.orgId).toMatch(/^c[a-z0-9]{20,}$/);
});

test("passwords, tokens, cookies and query strings never reach the log", async () => {
  const secret = (label: string) => `${label}${randomBytes(12).toString("hex")}`;
  const wrongPassword = secret("pw-");
  const apiToken = `fdk_${randomBytes(24).toString("base64url")}`;
  const queryToken = secret("q-");
  const pathToken = `${randomBytes(24).toString("base64url")}9`;

  const good = await signIn(app.base, "editor@example.org", DEMO_PASSWORD);
  expect(good.error).toBeNull();
  const sessionToken = /session-token=([^;]+)/.exec(good.cookie)![1];
  expect((await signIn(app.base, "editor@example.org", wrongPassword)).error).not.toBeNull();
  await fetch(`${app.base}/articles?token=${queryToken}`, { headers: { cookie: good.cookie } });
  await fetch(`${app.base}/api/annotations/not-an-article/`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiToken}`, "Content-Type": "application/ld+json" },
    body: "{}",
  });
  const tokenInPath = await fetch(`${app.base}/invite/${pathToken}`);
  await lineFor(tokenInPath.headers.get("x-request-id")!);

  const log = app.readLog();
  for (const [what, value] of Object.entries({
    DEMO_PASSWORD,
    wrongPassword,
    apiToken,
    queryToken,
    pathToken,
    sessionToken,
  })) {
    expect(log.includes(value), `${what} in the log`).toBe(false);
  }
  expect(logLines().some((l) => l.path === "/invite/:id")).toBe(true);
});

test("load balancer probes answer 200 and stay out of the log at the default level", async () => {
  const ids: string[] = [];
  for (const path of ["/api/health", "/api/ready"]) {
    const res = await fetch(`${app.base}${path}`);
    expect(res.status).toBe(200);
    ids.push(res.headers.get("x-request-id")!);
  }
  const marker = await fetch(`${app.base}/signin`);
  await lineFor(marker.headers.get("x-request-id")!);
  expect(logLines().filter((l) => ids.includes(l.requestId ?? ""))).toEqual([]);
});

test("the app sees the socket's address, not one the client wrote into X-Forwarded-For", async () => {
  const email = `forged-address-${Date.now()}@example.org`;
  const forged = { "X-Forwarded-For": "203.0.113.77" };
  // five failures lock the account; the sixth attempt is refused and logged with the address it came from
  for (let i = 0; i < 6; i++) await signIn(app.base, email, "not-the-password", forged);
  let refusal: { address?: string } | undefined;
  for (let i = 0; i < 40 && !refusal; i++) {
    refusal = app
      .readLog()
      .split("\n")
      .filter((l) => l.includes('"sign_in_refused"') && l.includes(email))
      .map((l) => JSON.parse(l) as { address?: string })
      .at(-1);
    if (!refusal) await new Promise((r) => setTimeout(r, 100));
  }
  expect(refusal?.address).toMatch(/^(127\.0\.0\.1|::1)$/);
});
