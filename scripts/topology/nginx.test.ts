import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createNginx, findNginx, nginxConfig, upstreamConfig } from "./nginx.mjs";

describe("the topology's nginx configuration", () => {
  it("takes servers that failed the health check out, but never all of them", () => {
    const some = upstreamConfig([
      { port: 1, healthy: true },
      { port: 2, healthy: false },
    ]);
    expect(some).toMatch(/server 127\.0\.0\.1:1 max_fails=1 fail_timeout=5s;/);
    expect(some).toMatch(/server 127\.0\.0\.1:2 max_fails=1 fail_timeout=5s down;/);
    // none answers /api/ready (the database is away): every server stays in and answers its own 503
    const none = upstreamConfig([
      { port: 1, healthy: false },
      { port: 2, healthy: false },
    ]);
    expect(none).not.toMatch(/down/);
  });

  it("streams live updates unbuffered, retries only what is safe, compresses and caches public pages", () => {
    const conf = nginxConfig({ dir: "/tmp/x", port: 8080 });
    const events = conf.slice(conf.indexOf("location ~ ^/api/articles/"), conf.indexOf("location ~ ^/(r|"));
    expect(events).toMatch(/proxy_buffering off;/);
    expect(events).toMatch(/proxy_read_timeout 1h;/);
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_504;/);
    expect(conf).not.toMatch(/non_idempotent/); // a POST that reached a server is never sent again
    expect(conf).toMatch(/gzip on;/);
    expect(conf).toMatch(/location ~ \^\/\(r\|feeds\|embed\|api\/public\|_next\/static\)\/ \{[^}]*proxy_cache public;/);
  });

  it.skipIf(!findNginx())("is accepted by the installed nginx (nginx -t)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdesk-nginx-test-"));
    try {
      const nginx = createNginx({ bin: findNginx()!, dir, port: 8080, apps: [{ port: 8081 }, { port: 8082 }] });
      expect(() => nginx.test()).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
