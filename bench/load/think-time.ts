// Human pacing for autocannon connections: after each answer a connection waits a "think time" before its next
// request, drawn uniformly from [0.5, 1.5] × the mean with a generator seeded by the connection's number, so a rerun
// sends the same pauses. autocannon can only pace whole requests per second per connection (at least 1/s each),
// which is far faster than a person reads or writes; this wraps its per-connection "send the next request" step.
// The pause is outside the measured latency: autocannon starts a request's clock when it writes it.

type Connection = { destroyed: boolean; _doRequest: () => void };

/** mulberry32: a small, fast, seedable generator (deterministic pauses for reruns). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function addThinkTime(connection: Connection, meanMs: number, seed: number): void {
  if (meanMs <= 0) return;
  const random = seededRandom(seed);
  const sendNext = connection._doRequest.bind(connection);
  let first = true;
  let scheduled = false;
  connection._doRequest = () => {
    // autocannon also asks for a request when it reconnects (a proxy closed the idle connection, as nginx does on
    // reload): with a pause already running that would put two requests in flight on one connection, and answers
    // would be matched to the wrong requests. One pending request per connection, always.
    if (scheduled) return;
    scheduled = true;
    // the first request goes out at once (spread over one mean so connections do not start in lockstep)
    const pause = first ? random() * meanMs : meanMs * (0.5 + random());
    first = false;
    setTimeout(() => {
      scheduled = false;
      if (!connection.destroyed) sendNext();
    }, pause);
  };
}
