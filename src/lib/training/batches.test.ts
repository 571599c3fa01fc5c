import { describe, expect, it } from 'vitest';
import { createBatchQueue, yieldToMain } from './batches';

/** A fake clock (each job advances it) and a yield that records where the batches end. */
function setup(budgetMs: number, jobMs: number) {
  let clock = 0;
  const log: string[] = [];
  const q = createBatchQueue({
    budgetMs,
    now: () => clock,
    yieldTo: async () => {
      log.push('|');
    },
  });
  const job = (name: string) => () => {
    clock += jobMs;
    log.push(name);
  };
  return { q, log, job };
}

describe('createBatchQueue', () => {
  it('runs jobs in order, in batches within the budget, yielding before each batch', async () => {
    const { q, log, job } = setup(12, 5);
    for (let i = 0; i < 10; i++) q.push(job(String(i)));
    // No job runs in the task that pushed.
    expect(log.filter((x) => x !== '|')).toEqual([]);
    expect(q.pending).toBe(10);
    await q.idle();
    // 5 + 5 + 5 ≥ 12: three jobs a batch.
    expect(log.join('')).toBe('|012|345|678|9');
    expect(q.pending).toBe(0);
  });

  it('runs at least one job per batch even if a job takes longer than the budget', async () => {
    const { q, log, job } = setup(8, 30);
    for (const n of ['a', 'b', 'c']) q.push(job(n));
    await q.idle();
    expect(log.join('')).toBe('|a|b|c');
  });

  it('does not run a cancelled job', async () => {
    const { q, log, job } = setup(100, 1);
    q.push(job('a'));
    const cancel = q.push(job('b'));
    q.push(job('c'));
    cancel();
    await q.idle();
    expect(log.join('')).toBe('|ac');
  });

  it('runs jobs pushed while draining, and a throwing job does not stop the rest', async () => {
    const { q, log, job } = setup(100, 1);
    const errors: unknown[] = [];
    const original = globalThis.setTimeout;
    // The error is rethrown in a later task; catch it here.
    globalThis.setTimeout = ((f: () => void) => {
      try {
        f();
      } catch (e) {
        errors.push(e);
      }
      return 0;
    }) as typeof setTimeout;
    try {
      q.push(() => {
        q.push(job('late'));
        throw new Error('boom');
      });
      q.push(job('b'));
      await q.idle();
    } finally {
      globalThis.setTimeout = original;
    }
    expect(log.join('')).toBe('|blate');
    expect(errors).toHaveLength(1);
  });

  it('copes with the only job being cancelled while it yields', async () => {
    const log: string[] = [];
    let cancel: (() => void) | undefined;
    const q = createBatchQueue({ budgetMs: 10, now: () => 0, yieldTo: () => Promise.resolve().then(() => cancel?.()) });
    cancel = q.push(() => log.push('a'));
    await q.idle();
    expect(log).toEqual([]);
    expect(q.pending).toBe(0);
  });

  it('idle resolves at once when nothing waits', async () => {
    const { q } = setup(10, 1);
    await expect(q.idle()).resolves.toBeUndefined();
  });
});

describe('yieldToMain', () => {
  it('resolves in a later task', async () => {
    let later = false;
    const p = yieldToMain().then(() => later);
    later = true;
    expect(await p).toBe(true);
  });
});
