import "server-only";
import { runDailyDigest } from "./run";

// Every app server checks once an hour (and a minute after it starts) whether today's digests are out; the first
// check after midnight UTC sends them. Several servers checking at once is fine (see run.ts). The timer does not
// keep the process alive.
const CHECK_EVERY_MS = 60 * 60 * 1000;
const FIRST_CHECK_AFTER_MS = 60 * 1000;

let started = false;

export function startDigestTimer(): void {
  if (started) return;
  started = true;
  const check = () => {
    runDailyDigest().then(
      (run) => {
        if (run.sent || run.failed) console.log(JSON.stringify({ event: "digest_run", ...run }));
      },
      (e: Error) => console.error(JSON.stringify({ event: "digest_run_failed", error: e.message })),
    );
  };
  setTimeout(check, FIRST_CHECK_AFTER_MS).unref();
  setInterval(check, CHECK_EVERY_MS).unref();
}
