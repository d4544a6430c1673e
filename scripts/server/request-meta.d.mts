type Headers = Record<string, string | string[] | undefined>;
export function trustedProxyHopsFrom(value: string | undefined): number;
export function requestIdFor(headerValue: string | string[] | undefined, trustedHops: number): string;
export function peerAddressOf(remoteAddress: string | undefined): string;
export function rewriteForwardingHeaders(headers: Headers, remoteAddress: string | undefined, trustedHops: number): void;
export function loggablePath(url: string | undefined): string;
export function isProbePath(path: string): boolean;
export function levelForRequest(path: string, status: number): "error" | "debug" | "info";
