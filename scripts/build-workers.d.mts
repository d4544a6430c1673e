export const WORKER_ENTRY: string;
export const WORKER_OUTPUT: string;
export function buildWorkers(): Promise<string>;
