/** Reads both editions' sources and the lock file from disk for the sync guard (Node only). */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../book/book.ts';
import { LOCK_PATH, emptyLock, parseLock, serializeLock, type Lock } from '../checks/sync.ts';

export function readSources(root: string): Record<Lang, Record<string, string>> {
  const read = (lang: Lang) => {
    const dir = join(root, 'content', lang);
    const out: Record<string, string> = {};
    if (!existsSync(dir)) return out;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.mdx') || f.startsWith('_')) continue;
      out[f.slice(0, -'.mdx'.length)] = readFileSync(join(dir, f), 'utf8');
    }
    return out;
  };
  return { en: read('en'), zh: read('zh') };
}

/** The committed lock; a missing file is an empty lock (every section then reads "not in lock"). */
export function readLock(root: string): Lock {
  const file = join(root, LOCK_PATH);
  if (!existsSync(file)) return emptyLock();
  return parseLock(readFileSync(file, 'utf8'));
}

export function writeLock(root: string, lock: Lock, order: string[]): void {
  writeFileSync(join(root, LOCK_PATH), serializeLock(lock, order));
}
