/**
 * The offline copies on the device (the Cache API and Web Locks), shared by the cover's control
 * (src/scripts/offline.ts) and the service worker (src/plugins/offline-sw.ts). The decisions are
 * pure and tested in src/lib/book/offline.ts; this module only reads and writes.
 *
 * - A save writes a cache of its own (`cacheName`, with a fresh save id) and holds a Web Lock of
 *   that name until it ends: its page or worker closing releases it, which is how an interrupted
 *   save is told apart from one in progress. Its list (the marker) is written last, under the
 *   edition's lock, and only when its cache still exists and the copy it updates (if any) has not
 *   been removed meanwhile.
 * - Clean-up deletes only the leftovers of saves whose lock is free and complete copies that a
 *   complete copy of the current version replaces; never a save in progress, never the caches of
 *   another base path.
 */
import type { Lang } from '../lib/book/book.ts';
import { cacheName, editionLock, listPath, newSaveId, parseCacheName, planEdition, stillSaving, type Copy, type OfflineFile, type OfflineList } from '../lib/book/offline.ts';

const LANGS: readonly Lang[] = ['en', 'zh'];

/** The Web Locks API where the browser has it (tabs and service workers of an origin share it). */
const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined);

async function withLock<T>(name: string, f: () => Promise<T>): Promise<T> {
  const l = locks();
  return l ? ((await l.request(name, f)) as T) : f();
}

async function heldLocks(): Promise<Set<string> | undefined> {
  const l = locks();
  if (!l) return undefined;
  const q = await l.query();
  return new Set((q.held ?? []).map((h) => h.name ?? '').filter(Boolean));
}

const hasMarker = async (name: string, base: string, lang: Lang) => (await caches.match(base + listPath(lang), { cacheName: name })) !== undefined;

/**
 * The copies of this site (base path) on the device, per edition. `saving` needs the held locks;
 * without `withSaving` (to read a page from a copy), incomplete caches count as saves in progress.
 */
export async function scan(base: string, withSaving = true): Promise<Record<Lang, Copy[]>> {
  const held = withSaving ? await heldLocks() : undefined;
  const out: Record<Lang, Copy[]> = { en: [], zh: [] };
  for (const name of await caches.keys()) {
    const info = parseCacheName(name);
    if (!info) continue;
    let complete: boolean;
    if (info.base === undefined) {
      // Named before caches carried the base path: ours when it holds our marker, or pages of ours.
      complete = await hasMarker(name, base, info.lang);
      if (!complete) {
        const prefix = new URL(`${base}${info.lang}/`, self.location.href).href;
        if (!(await (await caches.open(name)).keys()).some((r) => r.url.startsWith(prefix))) continue;
      }
    } else {
      if (info.base !== base) continue;
      complete = await hasMarker(name, base, info.lang);
    }
    out[info.lang].push({ name, version: info.version, id: info.id, complete, saving: !complete && (!withSaving || stillSaving(name, info, held, Date.now())) });
  }
  return out;
}

/** Deletes an incomplete cache only when no save holds it, and it is still incomplete. */
async function dropLeftover(name: string, base: string, lang: Lang): Promise<void> {
  const l = locks();
  if (!l) {
    await caches.delete(name);
    return;
  }
  await l.request(name, { ifAvailable: true }, async (lock) => {
    if (lock && !(await hasMarker(name, base, lang))) await caches.delete(name);
  });
}

async function drop(copy: Copy, base: string, lang: Lang): Promise<void> {
  if (copy.complete) await caches.delete(copy.name);
  else await dropLeftover(copy.name, base, lang);
}

/** Deletes the leftovers of interrupted saves and the copies a complete copy of `current` replaces. */
export async function cleanup(base: string, current: string | undefined): Promise<void> {
  const all = await scan(base);
  for (const lang of LANGS) for (const c of planEdition(all[lang], current).drop) await drop(c, base, lang);
}

export interface SaveOptions {
  base: string;
  list: OfflineList;
  files: readonly OfflineFile[];
  /** A complete copy to take the unchanged hashed files (/_astro/) from instead of downloading them. */
  reuse?: string;
  /** The copy this save updates: the save is abandoned if it is removed meanwhile. */
  replaces?: string;
  onProgress?: (doneBytes: number) => void;
}

/**
 * Saves an edition into a new cache; resolves with its name once it is complete, or rejects
 * having deleted it (a download error, the storage quota, the cache deleted meanwhile).
 */
export async function saveCopy(o: SaveOptions): Promise<string> {
  const lang = o.list.lang;
  const name = cacheName(o.base, lang, o.list.version, newSaveId(Date.now(), Math.random()));
  return withLock(name, async () => {
    try {
      const cache = await caches.open(name);
      let done = 0;
      let next = 0;
      let failed = false;
      const worker = async () => {
        while (next < o.files.length && !failed) {
          const f = o.files[next++]!;
          const url = o.base + f.url;
          try {
            const kept = o.reuse && f.url.startsWith('_astro/') ? await caches.match(url, { cacheName: o.reuse }) : undefined;
            const res = kept ?? (await fetch(url, { cache: 'no-cache' }));
            if (!res.ok) throw new Error(`${f.url}: HTTP ${res.status}`);
            if (failed) return;
            await cache.put(url, res);
          } catch (e) {
            failed = true; // the other downloads stop too
            throw e;
          }
          done += f.size;
          o.onProgress?.(done);
        }
      };
      const results = await Promise.allSettled(Array.from({ length: 6 }, worker));
      const error = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (error) throw error.reason;
      // Last, under the edition's lock (so that a removal is not undone): the list, the marker of a complete copy.
      await withLock(editionLock(o.base, lang), async () => {
        if (o.replaces !== undefined && !(await caches.has(o.replaces))) throw new Error('the copy being updated was removed');
        await cache.put(o.base + listPath(lang), new Response(JSON.stringify(o.list), { headers: { 'content-type': 'application/json' } }));
        if (!(await caches.has(name))) throw new Error('the copy was deleted while it was saved');
      });
      return name;
    } catch (e) {
      await caches.delete(name);
      throw e;
    }
  });
}

/** "Remove offline copy": the edition's copies and leftovers (not a save in progress elsewhere). */
export async function removeEdition(base: string, lang: Lang): Promise<void> {
  await withLock(editionLock(base, lang), async () => {
    for (const c of (await scan(base))[lang]) if (!c.saving) await drop(c, base, lang);
  });
}

/** The list stored in a copy (its marker). */
export async function storedList(name: string, base: string, lang: Lang): Promise<unknown> {
  const res = await caches.match(base + listPath(lang), { cacheName: name });
  return res ? res.json() : undefined;
}
