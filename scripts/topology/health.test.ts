import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { watchHealth } from "./health.mjs";

// A real HTTP server standing in for an app server's /api/ready: 200 or 503 as the test decides.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function readyServer(): Promise<{ port: number; setReady: (ready: boolean) => void }> {
  let ready = true;
  server = createServer((req, res) => {
    res.statusCode = req.url === "/api/ready" && ready ? 200 : 503;
    res.end();
  });
  return new Promise((resolve) =>
    server!.listen(0, "127.0.0.1", () => {
      const { port } = server!.address() as { port: number };
      resolve({ port, setReady: (r) => (ready = r) });
    }),
  );
}

const until = async (check: () => boolean, timeoutMs = 8_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
};

describe("the topology's active health check", () => {
  it("takes a server out after two failed /api/ready probes and puts it back after one good one", async () => {
    const app = await readyServer();
    const changes: { port: number; healthy: boolean }[][] = [];
    const health = watchHealth([{ port: app.port }], (list) => changes.push(list));
    try {
      await new Promise((r) => setTimeout(r, 1_500));
      expect(changes).toEqual([]); // healthy from the start: nothing to reload
      app.setReady(false);
      expect(await until(() => changes.length === 1)).toBe(true);
      expect(changes[0]).toEqual([{ port: app.port, healthy: false }]);
      expect(health.state[0].failures).toBeGreaterThanOrEqual(2);
      app.setReady(true);
      expect(await until(() => changes.length === 2)).toBe(true);
      expect(changes[1]).toEqual([{ port: app.port, healthy: true }]);
    } finally {
      health.stop();
    }
  }, 20_000);
});
