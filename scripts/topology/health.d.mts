export type HealthState = { port: number; healthy: boolean; failures: number };
export function watchHealth(
  apps: { port: number }[],
  onChange: (list: { port: number; healthy: boolean }[]) => void,
  options?: { log?: (line: string) => void },
): { readonly state: HealthState[]; stop: () => void };
