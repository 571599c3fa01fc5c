/**
 * Loading the digits file in the browser (the training worker) or in Node:
 * fetch with progress, check the length and the SHA-256 of what arrived
 * against the committed manifest (src/data/digits.json), inflate it (gzip,
 * with the platform's DecompressionStream) and check the result's length.
 * Failures are `DigitsError`s whose `kind` the lab turns into a message in the
 * page's language. The caller's signal (the lab's Stop) ends the download at
 * once, and a transfer that stalls ends after `STALL_MS` without a byte.
 */
import { decodeDigits, toHex, type DigitSplit } from './digits.ts';

/** What the build wrote (src/plugins/digits-build.ts) and the page expects. */
export interface DigitsManifest {
  /** File name (with the SHA-256 prefix), under `<base>digits/`. */
  file: string;
  /** Size of the file as served (gzip). */
  bytes: number;
  sha256: string;
  /** Size and SHA-256 after inflating. */
  rawBytes: number;
  rawSha256: string;
  train: number;
  test: number;
}

export type DigitsErrorKind = 'network' | 'http' | 'length' | 'hash' | 'format' | 'stalled';

/**
 * A download that receives nothing for this long (no response headers, or no
 * byte of the body) is given up as stalled: 20 s. The file is 1.6 MB; even on
 * a poor mobile link (≈ 50 kB/s) bytes arrive many times a second, and browsers
 * wait far longer (minutes) before they give up on a silent connection, which
 * is what left the lab at "loading". A slow transfer is never cut: the limit is
 * on silence, not on the whole download. The lab's message names this time.
 */
export const STALL_MS = 20_000;

export class DigitsError extends Error {
  constructor(
    readonly kind: DigitsErrorKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'DigitsError';
  }
}

export interface LoadOptions {
  fetch?: typeof fetch;
  /** Stop: ends the download at once; the promise then rejects with `signal.reason` (not a `DigitsError`). */
  signal?: AbortSignal;
  /** Give up (`DigitsError` 'stalled') after this many milliseconds without a byte; `STALL_MS` by default. */
  stallMs?: number;
  /** Bytes received so far, of `total` (the manifest's size). */
  onProgress?(loaded: number, total: number): void;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return readAll(stream, limit);
}

/** Reads a stream to its end, at most `limit` bytes; `wait` wraps every read (see `fetchBytes`). */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  onChunk?: (n: number) => void,
  wait: <T>(p: Promise<T>) => Promise<T> = (p) => p,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await wait(reader.read());
      if (done) break;
      n += value.length;
      if (n > limit) throw new DigitsError('length', `more than ${limit} bytes`);
      chunks.push(value);
      onChunk?.(n);
    }
  } catch (e) {
    // Release the connection (or the inflater); a read still pending then ends as done.
    reader.cancel().catch(() => undefined);
    throw e;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Fetches `url` and reads its whole body (at most `limit` bytes), with a
 * watchdog: `stallMs` without a byte (before the headers or between chunks)
 * ends it with `DigitsError` 'stalled', and the caller's `signal` ends it at
 * once with the signal's reason. Either way the request is aborted and the
 * body canceled; and every wait is raced against them, so neither depends on
 * the fetch or the stream honoring the abort.
 */
async function fetchBytes(url: string, limit: number, options: LoadOptions, onChunk: (n: number) => void): Promise<Uint8Array> {
  const { signal } = options;
  if (signal?.aborted) throw signal.reason;
  const doFetch = options.fetch ?? fetch;
  const stallMs = options.stallMs ?? STALL_MS;
  const request = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const ended = new Promise<never>((_, reject) => (fail = reject));
  ended.catch(() => undefined);
  const end = (reason: unknown): void => {
    clearTimeout(timer);
    if (!request.signal.aborted) request.abort(reason);
    fail(reason);
  };
  const onStop = (): void => end(signal!.reason);
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => end(new DigitsError('stalled', `no data for ${stallMs / 1000} s`)), stallMs);
  };
  const wait = <T>(p: Promise<T>): Promise<T> => Promise.race([p, ended]);
  signal?.addEventListener('abort', onStop, { once: true });
  try {
    arm();
    let response: Response;
    try {
      response = await wait(doFetch(url, { signal: request.signal, credentials: 'same-origin' }));
    } catch (e) {
      if (request.signal.aborted) throw request.signal.reason;
      throw new DigitsError('network', message(e));
    }
    if (!response.ok || !response.body) {
      response.body?.cancel().catch(() => undefined);
      throw new DigitsError('http', `HTTP ${response.status}`);
    }
    arm();
    try {
      return await readAll(response.body, limit, (n) => (arm(), onChunk(n)), wait);
    } catch (e) {
      if (request.signal.aborted) throw request.signal.reason;
      throw e instanceof DigitsError ? e : new DigitsError('network', message(e));
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onStop);
  }
}

/** Fetch, check and decode the digits. */
export async function loadDigits(url: string, manifest: DigitsManifest, options: LoadOptions = {}): Promise<DigitSplit> {
  // A server that adds Content-Encoding: gzip by itself hands over the inflated bytes: accepted if they check out.
  const limit = Math.max(manifest.bytes, manifest.rawBytes);
  const body = await fetchBytes(url, limit, options, (n) => options.onProgress?.(Math.min(n, manifest.bytes), manifest.bytes));
  let raw: Uint8Array;
  if (body.length === manifest.bytes) {
    if ((await sha256Hex(body)) !== manifest.sha256) throw new DigitsError('hash', 'SHA-256 of the file does not match');
    try {
      raw = await gunzip(body, manifest.rawBytes);
    } catch (e) {
      throw e instanceof DigitsError ? e : new DigitsError('format', e instanceof Error ? e.message : String(e));
    }
  } else if (body.length === manifest.rawBytes) {
    raw = body;
  } else {
    throw new DigitsError('length', `${body.length} bytes, expected ${manifest.bytes}`);
  }
  if (raw.length !== manifest.rawBytes) throw new DigitsError('length', `${raw.length} bytes inflated, expected ${manifest.rawBytes}`);
  if ((await sha256Hex(raw)) !== manifest.rawSha256) throw new DigitsError('hash', 'SHA-256 of the inflated data does not match');
  try {
    return decodeDigits(raw, manifest.train, manifest.test);
  } catch (e) {
    throw new DigitsError('format', e instanceof Error ? e.message : String(e));
  }
}
