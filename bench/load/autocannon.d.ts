// The part of autocannon's programmatic API the load test uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Options = {
    url: string | string[];
    connections: number;
    duration: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: object[];
    setupClient?: (client: never) => void;
  };
  type Result = {
    requests: { total: number; average: number };
    latency: { p50: number; p97_5: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = EventEmitter & PromiseLike<Result> & { stop: () => void };

  function autocannon(options: Options): Instance;
  export default autocannon;
}
