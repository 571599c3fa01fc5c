/**
 * A queue of small jobs (drawing one picture each) run in batches that stay
 * within a time budget, giving the main thread back between batches, so that
 * showing many results never makes one long task (issue 17: no main-thread task
 * over 50 ms). The clock and the way of yielding are passed in: the digits
 * panel uses performance.now and `yieldToMain`, the tests a fake clock.
 */

export interface BatchQueueOptions {
  /** Stop starting jobs once this many milliseconds have passed in a batch (at least one job runs per batch). */
  budgetMs: number;
  now: () => number;
  /** Resolves in a later task (lets the browser paint and handle input). */
  yieldTo: () => Promise<void>;
}

export interface BatchQueue {
  /** Adds a job; the returned function cancels it if it has not run yet. */
  push(job: () => void): () => void;
  /** Jobs waiting. */
  readonly pending: number;
  /** Resolves when the queue is empty (at once if it is). */
  idle(): Promise<void>;
}

/**
 * The queue starts draining in a later task than the one that pushed (the
 * pushing task has its own work, e.g. rendering); each batch runs jobs in order
 * until `budgetMs` has passed, then yields. A job that throws is dropped and
 * the rest still run (the error is reported asynchronously).
 */
export function createBatchQueue({ budgetMs, now, yieldTo }: BatchQueueOptions): BatchQueue {
  const jobs: { run: () => void }[] = [];
  let draining = false;
  let waiters: (() => void)[] = [];

  const settle = (): void => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (jobs.length > 0) {
        await yieldTo();
        const start = now();
        // Jobs may have been cancelled while yielding.
        for (let job = jobs.shift(); job; job = now() - start < budgetMs ? jobs.shift() : undefined) {
          try {
            job.run();
          } catch (e) {
            setTimeout(() => {
              throw e;
            });
          }
        }
      }
    } finally {
      draining = false;
      settle();
    }
  }

  return {
    push(run) {
      const job = { run };
      jobs.push(job);
      if (!draining) void drain();
      return () => {
        const i = jobs.indexOf(job);
        if (i >= 0) jobs.splice(i, 1);
      };
    },
    get pending() {
      return jobs.length;
    },
    idle() {
      return jobs.length === 0 && !draining ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

/** Gives the main thread back: `scheduler.yield()` where the browser has it, otherwise a new task (a message, not clamped like setTimeout). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
