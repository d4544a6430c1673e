import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import type * as HeavyJobs from "./heavy-jobs";
import type { JobProgress } from "./heavy-jobs";
import { unwrapJob, type JobOutcome } from "./job-outcome";
import { errorText } from "@/lib/i18n/error-text";

// CPU-heavy work (PDF rendering, import parsing, export formatting, readability, large Markdown) runs here, on
// worker threads, so the request thread keeps answering everyone else. The pool has a cap on threads, a bounded
// queue, and each job a time limit and (through the thread's V8 heap limits) a memory limit; over any of them the
// caller gets an AppError with a message a person can act on, never a hang.

/** Job name → its function in heavy-jobs.ts. */
type Jobs = typeof HeavyJobs;
export type JobName = {
  [K in keyof Jobs]: Jobs[K] extends (input: never) => Promise<JobOutcome<unknown>> ? K : never;
}[keyof Jobs];
type JobInput<K extends JobName> = Omit<Parameters<Jobs[K]>[0], "progress">;
type JobValue<K extends JobName> = Awaited<ReturnType<Jobs[K]>> extends JobOutcome<infer T> ? T : never;

export type PoolLimits = {
  /** Threads running jobs at once. */
  threads: number;
  /** Jobs waiting for a thread; one more is refused with BUSY_MESSAGE. */
  queue: number;
  /** Heap of one worker thread, in MB: a job that needs more is stopped. */
  memoryMb: number;
};

/**
 * One core stays with the request thread: on the 2-core machines this project runs on, one worker. Four waiting
 * jobs at up to a few seconds each keep the wait under a minute; beyond that "try again" is the honest answer.
 * 512 MB of heap holds a 600-claim PDF (about 230 MB) or a 6 MB import with room to spare.
 */
export const DEFAULT_LIMITS: PoolLimits = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 4,
  memoryMb: 512,
};

/** What the person asked for, as errors.jobs.* name it ("The PDF report took longer than …"). */
export type JobLabel =
  "readArticle" | "prepareText" | "readImport" | "orgExport" | "reportPdf" | "reportMd" | "reportCsv" | "reportJson";

/** Where scripts/build-workers.mjs puts the worker; loaded by path so Next's bundler never touches it. */
export const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), ".workers", "heavy-worker.mjs");

export type RunOptions = {
  /** What the person asked for, for messages: "The PDF report ...". */
  label: JobLabel;
  timeoutMs: number;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
};

export class HeavyWorkPool {
  private readonly piscina: Piscina;
  /** Jobs admitted and not yet settled (running or waiting): counted here so "full" does not depend on threads starting. */
  private admitted = 0;
  constructor(
    readonly limits: PoolLimits = DEFAULT_LIMITS,
    filename = WORKER_FILE,
  ) {
    if (!existsSync(filename)) {
      throw new Error(
        `The worker bundle ${filename} is missing: run \`node scripts/build-workers.mjs\` (part of \`npm run build\`).`,
      );
    }
    this.piscina = new Piscina({
      filename,
      minThreads: 0,
      maxThreads: limits.threads,
      maxQueue: limits.queue + limits.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    // A thread that dies outside a job (out of memory while starting) must not take the server down: its jobs are
    // failed by Piscina or by their time limit, and a new thread starts for the next one.
    this.piscina.on("error", (error: unknown) => console.error("heavy-work pool: a worker thread failed", error));
  }

  /** Jobs running or waiting right now. */
  get pending(): number {
    return this.admitted;
  }

  async run<K extends JobName>(name: K, input: JobInput<K>, options: RunOptions): Promise<JobValue<K>> {
    if (options.signal?.aborted) throw cancelled(options.label);
    if (this.admitted >= this.limits.threads + this.limits.queue)
      throw new AppError("UNAVAILABLE", "jobs.busy", { busy: true });
    this.admitted += 1;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const channel = options.onProgress ? new MessageChannel() : null;
    if (channel && options.onProgress) channel.port1.on("message", options.onProgress);
    const task = channel ? { ...input, progress: channel.port2 } : input;
    try {
      const outcome = (await this.piscina.run(task, {
        name,
        signal,
        transferList: channel ? [channel.port2] : [],
      })) as JobOutcome<JobValue<K>>;
      return unwrapJob(outcome);
    } catch (e) {
      throw translateFailure(e, options, timeout.aborted, this.limits);
    } finally {
      this.admitted -= 1;
      channel?.port1.close();
    }
  }

  close(): Promise<void> {
    return this.piscina.close({ force: true });
  }
}

function cancelled(job: JobLabel): AppError {
  return new AppError("CONFLICT", errorText("jobs.cancelled", { job }), { cancelled: true });
}

function translateFailure(e: unknown, options: RunOptions, timedOut: boolean, limits: PoolLimits): unknown {
  if (e instanceof AppError) return e;
  const error = e as { name?: string; message?: string; code?: string };
  if (error?.message === "Task queue is at limit") return new AppError("UNAVAILABLE", "jobs.busy", { busy: true });
  if (error?.name === "AbortError" || options.signal?.aborted || timedOut) {
    if (timedOut) {
      const limit = options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`;
      return new AppError("UNAVAILABLE", errorText("jobs.timedOut", { job: options.label, limit }), { timedOut: true });
    }
    return cancelled(options.label);
  }
  if (error?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new AppError("INVALID", errorText("jobs.outOfMemory", { job: options.label, memoryMb: limits.memoryMb }), {
      outOfMemory: true,
    });
  }
  return e;
}

let shared: HeavyWorkPool | undefined;

/** The app's one pool, started on first use. */
export function getHeavyWorkPool(): HeavyWorkPool {
  return (shared ??= new HeavyWorkPool());
}

/** Runs a heavy job on the shared pool. */
export function runHeavyJob<K extends JobName>(name: K, input: JobInput<K>, options: RunOptions): Promise<JobValue<K>> {
  return getHeavyWorkPool().run(name, input, options);
}
