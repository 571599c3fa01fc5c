import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DIGITS, encodeDigits, splitDigits } from './digits';
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
import { DigitsError, loadDigits, type DigitsManifest } from './digits-load';

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
