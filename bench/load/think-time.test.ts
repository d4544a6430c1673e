import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addThinkTime } from "./think-time";

describe("think time", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the next request only after a pause", () => {
    const sent = vi.fn();
    const connection = { destroyed: false, _doRequest: sent };
    addThinkTime(connection, 1_000, 1);
    connection._doRequest();
    vi.advanceTimersByTime(1_000); // the first pause is at most one mean
    expect(sent).toHaveBeenCalledTimes(1);
    connection._doRequest();
    vi.advanceTimersByTime(400); // later pauses are at least half a mean
    expect(sent).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_200);
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it("keeps one request per connection when a reconnect asks for another during a pause", () => {
    const sent = vi.fn();
    const connection = { destroyed: false, _doRequest: sent };
    addThinkTime(connection, 1_000, 2);
    connection._doRequest(); // after an answer
    connection._doRequest(); // autocannon reconnecting: the proxy closed the idle connection
    vi.advanceTimersByTime(5_000);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it("sends nothing on a connection destroyed during the pause", () => {
    const sent = vi.fn();
    const connection = { destroyed: false, _doRequest: sent };
    addThinkTime(connection, 1_000, 3);
    connection._doRequest();
    connection.destroyed = true;
    vi.advanceTimersByTime(5_000);
    expect(sent).not.toHaveBeenCalled();
  });
});
