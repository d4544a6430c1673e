import type { Cluster } from "../fault/cluster.mjs";

export type TopologyPorts = { nginx: number; apps: number[]; primary: number; replica: number };
export type TopologyApp = {
  port: number;
  url: string;
  start: () => Promise<number>;
  kill9: () => void;
  stop: () => Promise<void>;
};
export type Topology = {
  publicUrl: string;
  databaseUrl: string;
  replicaUrl: string;
  env: Record<string, string>;
  primary: Cluster;
  replica: Cluster;
  apps: TopologyApp[];
  nginx: { port: number; url: string; pid: number | null };
  health: { readonly state: { port: number; healthy: boolean; failures: number }[]; stop: () => void };
  pids: () => { nginx: number | null; apps: (number | null)[] };
  stop: () => Promise<void>;
};
export function findFreePorts(count: number): Promise<number>;
export function missingPieces(options?: { install?: boolean }): string[] | null;
export function startTopology(options: {
  root: string;
  work: string;
  ports: TopologyPorts;
  log?: (line: string) => void;
  seed?: boolean;
  appEnv?: Record<string, string>;
}): Promise<Topology>;
