export type UpstreamApp = { port: number; healthy?: boolean };
export function findNginx(options?: { install?: boolean }): string | null;
export function upstreamConfig(apps: UpstreamApp[]): string;
export function nginxConfig(options: { dir: string; port: number }): string;
export function createNginx(options: { bin: string; dir: string; port: number; apps: UpstreamApp[] }): {
  port: number;
  url: string;
  test: () => void;
  start: () => number | undefined;
  readonly pid: number | null;
  reload: (apps: UpstreamApp[]) => void;
  terminate: () => void;
  stop: () => Promise<void>;
};
