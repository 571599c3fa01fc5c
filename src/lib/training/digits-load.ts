/**
 * Loading the digits file in the browser (the training worker) or in Node:
 * fetch with progress, check the length and the SHA-256 of what arrived
 * against the committed manifest (src/data/digits.json), inflate it (gzip,
 * with the platform's DecompressionStream) and check the result's length.
 * Failures are `DigitsError`s whose `kind` the lab turns into a message in the
 * page's language.
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

export type DigitsErrorKind = 'network' | 'http' | 'length' | 'hash' | 'format';

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
  signal?: AbortSignal;
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

async function readAll(stream: ReadableStream<Uint8Array>, limit: number, onChunk?: (n: number) => void): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > limit) {
      await reader.cancel();
      throw new DigitsError('length', `more than ${limit} bytes`);
    }
    chunks.push(value);
    onChunk?.(n);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Fetch, check and decode the digits. */
export async function loadDigits(url: string, manifest: DigitsManifest, options: LoadOptions = {}): Promise<DigitSplit> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: options.signal, credentials: 'same-origin' });
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new DigitsError('network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok || !response.body) throw new DigitsError('http', `HTTP ${response.status}`);
  // A server that adds Content-Encoding: gzip by itself hands over the inflated bytes: accepted if they check out.
  const limit = Math.max(manifest.bytes, manifest.rawBytes);
  const body = await readAll(response.body, limit, (n) => options.onProgress?.(Math.min(n, manifest.bytes), manifest.bytes));
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
