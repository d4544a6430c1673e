// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html). Data is JSON, so it
// never contains a raw newline; ids and event names are checked because a newline there would forge fields.
const FIELD = /^[^\r\n]*$/;

export function formatSseEvent(message: { event: string; data: unknown; id?: string; retryMs?: number }): string {
  if (!FIELD.test(message.event) || (message.id !== undefined && !FIELD.test(message.id))) {
    throw new Error("SSE event names and ids must not contain line breaks");
  }
  let out = "";
  if (message.retryMs !== undefined) out += `retry: ${Math.max(0, Math.round(message.retryMs))}\n`;
  if (message.id !== undefined) out += `id: ${message.id}\n`;
  out += `event: ${message.event}\n`;
  out += `data: ${JSON.stringify(message.data)}\n\n`;
  return out;
}

// Comment lines keep proxies from closing an idle connection; EventSource ignores them.
export function formatSseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}
