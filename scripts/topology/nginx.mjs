// nginx in front of the app servers (Debian's package), run as our own process with its own prefix, config, logs
// and cache in the topology's work folder: the system's nginx service is never touched.
// Open-source nginx checks upstreams only passively (a failed connection takes a server out for fail_timeout); the
// active check against /api/ready is done by scripts/topology/health.mjs, which rewrites upstream.conf and reloads.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"];

/** The nginx binary; installed with apt-get when it is missing and we are root (never otherwise). */
export function findNginx({ install = false } = {}) {
  const found = () => [process.env.NGINX_BIN, ...CANDIDATES].find((p) => p && existsSync(p)) ?? null;
  if (found() || !install) return found();
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return null;
  console.log("nginx is not installed: installing Debian's package (apt-get install nginx) …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  // the package's service must not start on install (policy-rc.d "101": action forbidden); ours runs on its own port
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    spawnSync("apt-get", ["install", "-y", "-q", "nginx"], { stdio: "inherit", env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  return found();
}

/** The upstream block: servers that failed the /api/ready check are marked down (all in when none is healthy). */
export function upstreamConfig(apps) {
  const healthy = apps.filter((a) => a.healthy !== false);
  const servers = apps.map(
    (a) =>
      // max_fails=1: one refused connection takes a server out for 5 s (passive check), the next request retries
      `  server 127.0.0.1:${a.port} max_fails=1 fail_timeout=5s${healthy.length > 0 && a.healthy === false ? " down" : ""};`,
  );
  return `upstream factdesk {\n${servers.join("\n")}\n  keepalive 32;\n}\n`;
}

export function nginxConfig({ dir, port }) {
  const proxied = `
    proxy_pass http://factdesk;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_set_header X-Request-Id $request_id;
    # another server on a connection error or a timeout before any answer; nginx never resends a POST (a server
    # action) that reached a server, so only idempotent requests are retried once they were sent
    proxy_next_upstream error timeout http_502 http_504;
    proxy_next_upstream_tries 2;
    proxy_connect_timeout 2s;`;
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy_temp;
  fastcgi_temp_path ${dir}/fastcgi_temp;
  uwsgi_temp_path ${dir}/uwsgi_temp;
  scgi_temp_path ${dir}/scgi_temp;
  client_max_body_size 8m;  # articles up to 5 MB travel through server actions
  keepalive_timeout 60s;    # below the app's 70 s: the proxy closes idle connections first

  gzip on;
  gzip_proxied any;
  gzip_min_length 1024;
  gzip_types text/css text/plain application/javascript application/json application/ld+json image/svg+xml;
  gzip_vary on;

  # public pages: cached by nginx exactly as their Cache-Control says (the reader page's max-age=0 means "ask the
  # app each time", with its ETag; feeds, badges and static files are kept); never a response that sets a cookie
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=public:10m max_size=200m inactive=10m use_temp_path=off;

  include ${dir}/upstream.conf;

  server {
    listen 127.0.0.1:${port};

    # live updates (Server-Sent Events): no buffering, a long read timeout, never retried elsewhere mid-stream
    location ~ ^/api/articles/[^/]+/events$ {${proxied}
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }

    location ~ ^/(r|feeds|embed|api/public|_next/static)/ {${proxied}
      proxy_cache public;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      add_header X-Cache $upstream_cache_status always;
    }

    location / {${proxied}
    }
  }
}
`;
}

export function createNginx({ bin, dir, port, apps }) {
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  const writeUpstream = (list) => writeFileSync(path.join(dir, "upstream.conf"), upstreamConfig(list));
  writeUpstream(apps);
  writeFileSync(conf, nginxConfig({ dir, port }));
  let child = null;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    test() {
      const r = spawnSync(bin, ["-p", dir, "-c", conf, "-t"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`nginx -t failed: ${r.stderr}`);
    },
    start() {
      child = spawn(bin, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: "ignore" });
      return child.pid;
    },
    get pid() {
      return child?.pid ?? null;
    },
    /** New upstream states, then a graceful reload (new workers take over, open connections finish). */
    reload(list) {
      writeUpstream(list);
      if (child && child.exitCode === null) process.kill(child.pid, "SIGHUP");
    },
    /** Fast shutdown (the master ends its workers); for the exit hook, which cannot wait. */
    terminate() {
      if (child && child.exitCode === null) child.kill("SIGTERM");
    },
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT"); // graceful: finish the requests in flight
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
