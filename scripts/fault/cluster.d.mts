export type Cluster = {
  port: number;
  url: (database: string) => string;
  init: () => void;
  cloneFrom: (sourcePort: number) => void;
  start: () => void;
  stop: () => void;
  destroy: () => void;
};
export function findPostgresBin(): string | null;
export function createCluster(bin: string, dir: string, port: number, options?: { settings?: string[] }): Cluster;
