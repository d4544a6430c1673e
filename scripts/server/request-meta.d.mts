type Headers = Record<string, string | string[] | undefined>;
export function trustedProxyHopsFrom(value: string | undefined): number;
export function requestIdFor(headerValue: string | string[] | undefined, trustedHops: number): string;
export function peerAddressOf(remoteAddress: string | undefined): string;
export function appendPeerAddress(headers: Headers, remoteAddress: string | undefined): void;
export function loggablePath(url: string | undefined): string;
export function isProbePath(path: string): boolean;
export function levelForRequest(path: string, status: number): "error" | "debug" | "info";
export function serverTimingHeader(
  existing: string | string[] | number | undefined,
  timings: { name: string; ms: number }[] | undefined,
  appMs: number,
): string | null;
