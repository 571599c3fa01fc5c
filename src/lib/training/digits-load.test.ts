import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DIGITS, encodeDigits, splitDigits } from './digits';
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
import { DigitsError, loadDigits, STALL_MS, type DigitsManifest } from './digits-load';

function fixture() {
  const perClass = Array.from({ length: 10 }, (_, c) => {
    const a = new Uint8Array(105 * DIGITS.pixels);
    for (let i = 0; i < a.length; i++) a[i] = (i * 31 + c * 17) & 255;
    return a;
  });
  const split = splitDigits(perClass);
  const raw = encodeDigits(split);
  const gz = new Uint8Array(gzipSync(raw));
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  const manifest: DigitsManifest = { file: 'x.bin.gz', bytes: gz.length, sha256: sha(gz), rawBytes: raw.length, rawSha256: sha(raw), train: split.train.count, test: split.test.count };
  return { split, raw, gz, manifest };
}

/** A fetch that serves `body` in chunks of 1,000 bytes. */
const serve = (body: Uint8Array, status = 200): typeof fetch => async () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < body.length; i += 1000) c.enqueue(body.slice(i, i + 1000));
        c.close();
      },
    }),
    { status },
  );

const kind = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e instanceof DigitsError ? e.kind : `other: ${String(e)}`;
  }
  return 'ok';
};

describe('digits loader', () => {
  it('loads, reports progress up to the full size, and decodes', async () => {
    const { gz, manifest, split } = fixture();
    const seen: number[] = [];
    const got = await loadDigits('/x', manifest, { fetch: serve(gz), onProgress: (n, total) => (expect(total).toBe(gz.length), seen.push(n)) });
    expect(got.train.count).toBe(split.train.count);
    expect(same(got.test.labels, split.test.labels)).toBe(true);
    expect(same(got.train.pixels, split.train.pixels)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(gz.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('accepts the inflated bytes from a server that gzips on its own', async () => {
    const { raw, manifest, split } = fixture();
    const got = await loadDigits('/x', manifest, { fetch: serve(raw) });
    expect(same(got.test.pixels, split.test.pixels)).toBe(true);
  });

  it('refuses a truncated or over-long file (length)', async () => {
    const { gz, manifest } = fixture();
    expect(await kind(loadDigits('/x', manifest, { fetch: serve(gz.subarray(0, gz.length - 1)) }))).toBe('length');
    const longer = new Uint8Array(manifest.rawBytes + 1);
    expect(await kind(loadDigits('/x', manifest, { fetch: serve(longer) }))).toBe('length');
  });

  it('refuses a corrupted file of the right length (hash)', async () => {
    const { gz, manifest, raw } = fixture();
    const bad = gz.slice();
    bad[bad.length >> 1]! ^= 1;
    expect(await kind(loadDigits('/x', manifest, { fetch: serve(bad) }))).toBe('hash');
    const badRaw = raw.slice();
    badRaw[5000]! ^= 1;
    expect(await kind(loadDigits('/x', manifest, { fetch: serve(badRaw) }))).toBe('hash');
  });

  it('refuses a file whose hash matches but which is not gzip (format)', async () => {
    const { manifest } = fixture();
    const junk = new Uint8Array(manifest.bytes).fill(7);
    const m = { ...manifest, sha256: createHash('sha256').update(junk).digest('hex') };
    expect(await kind(loadDigits('/x', m, { fetch: serve(junk) }))).toBe('format');
  });

  it('reports HTTP errors and network failures', async () => {
    const { gz, manifest } = fixture();
    expect(await kind(loadDigits('/x', manifest, { fetch: serve(gz, 404) }))).toBe('http');
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await kind(loadDigits('/x', manifest, { fetch: failing }))).toBe('network');
  });
});

/**
 * A stalled or stopped transfer (fake timers: nothing here waits for real). The fake fetches
 * ignore the request's signal on purpose, so the loader's own watchdog is what ends the wait.
 */
describe('digits loader: stalls and Stop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Where a promise stands, without awaiting it: 'pending', 'ok', a DigitsError kind, or 'aborted' (the caller's signal). */
  const watch = (p: Promise<unknown>) => {
    const state = { now: 'pending' as string, error: null as unknown };
    p.then(
      () => (state.now = 'ok'),
      (e: unknown) => {
        state.error = e;
        state.now = e instanceof DigitsError ? e.kind : e instanceof DOMException && e.name === 'AbortError' ? 'aborted' : `other: ${String(e)}`;
      },
    );
    return state;
  };

  /** A fetch whose response headers never come; it records the request's signal. */
  const silent = () => {
    const seen: { signal: AbortSignal | null } = { signal: null };
    const f: typeof fetch = (_url, init) => {
      seen.signal = init?.signal ?? null;
      return new Promise<Response>(() => undefined);
    };
    return { f, seen };
  };

  /** A fetch that answers at once and sends the given chunks at the given times (ms after the answer), then nothing (or closes). */
  const trickle = (chunks: { at: number; bytes: Uint8Array }[], close: boolean) => {
    const seen = { signal: null as AbortSignal | null, canceled: false };
    const f: typeof fetch = async (_url, init) => {
      seen.signal = init?.signal ?? null;
      return new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            for (const { at, bytes } of chunks) setTimeout(() => c.enqueue(bytes), at);
            if (close) setTimeout(() => c.close(), chunks.at(-1)!.at);
          },
          cancel() {
            seen.canceled = true;
          },
        }),
      );
    };
    return { f, seen };
  };

  it(`gives up on a request that gets no answer after ${STALL_MS / 1000} s without a byte, and aborts it`, async () => {
    const { manifest } = fixture();
    const { f, seen } = silent();
    const state = watch(loadDigits('/x', manifest, { fetch: f }));
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(state.now).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.now).toBe('stalled');
    expect(seen.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up on a body that stops halfway (headers and some bytes, then nothing), having reported what came', async () => {
    const { gz, manifest } = fixture();
    const { f, seen } = trickle([{ at: 0, bytes: gz.subarray(0, 1000) }, { at: 1000, bytes: gz.subarray(1000, 3000) }], false);
    const progress: number[] = [];
    const state = watch(loadDigits('/x', manifest, { fetch: f, stallMs: 5000, onProgress: (n) => progress.push(n) }));
    await vi.advanceTimersByTimeAsync(1000 + 4999);
    expect(state.now).toBe('pending');
    expect(progress).toEqual([1000, 3000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.now).toBe('stalled');
    expect((state.error as Error).message).toContain('5 s');
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.canceled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a slow but steady transfer is not a stall: the limit is on silence, not on the whole download', async () => {
    const { gz, manifest, split } = fixture();
    const step = Math.ceil(gz.length / 6);
    const chunks = Array.from({ length: 6 }, (_, i) => ({ at: (i + 1) * 4000, bytes: gz.subarray(i * step, (i + 1) * step) }));
    const { f } = trickle(chunks, true);
    const p = loadDigits('/x', manifest, { fetch: f, stallMs: 5000 });
    const state = watch(p);
    await vi.advanceTimersByTimeAsync(24_000); // 24 s in all, never 5 s without a byte
    await vi.waitFor(() => expect(state.now).toBe('ok'));
    expect((await p).test.count).toBe(split.test.count);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the caller’s signal (Stop) ends a request that gets no answer at once, with an AbortError, and aborts the request', async () => {
    const { manifest } = fixture();
    const { f, seen } = silent();
    const stop = new AbortController();
    const state = watch(loadDigits('/x', manifest, { fetch: f, signal: stop.signal }));
    await vi.advanceTimersByTimeAsync(100);
    stop.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.now).toBe('aborted');
    expect(seen.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('Stop halfway through the body ends it at once and cancels the stream', async () => {
    const { gz, manifest } = fixture();
    const { f, seen } = trickle([{ at: 0, bytes: gz.subarray(0, 1000) }], false);
    const stop = new AbortController();
    const state = watch(loadDigits('/x', manifest, { fetch: f, signal: stop.signal }));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.now).toBe('pending');
    stop.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.now).toBe('aborted');
    expect(seen.canceled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a signal aborted before the call: nothing is fetched', async () => {
    const { manifest } = fixture();
    let calls = 0;
    const f: typeof fetch = async () => {
      calls += 1;
      return new Response(null);
    };
    const state = watch(loadDigits('/x', manifest, { fetch: f, signal: AbortSignal.abort() }));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.now).toBe('aborted');
    expect(calls).toBe(0);
  });

  it('a connection cut halfway is a network error (not a stall), and no timer is left behind', async () => {
    const { gz, manifest } = fixture();
    const f: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(gz.subarray(0, 1000));
            setTimeout(() => c.error(new TypeError('network error')), 10);
          },
        }),
      );
    const state = watch(loadDigits('/x', manifest, { fetch: f }));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.now).toBe('network');
    expect(vi.getTimerCount()).toBe(0);
  });
});
