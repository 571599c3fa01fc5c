/**
 * The cover's "Save for offline reading" control (src/components/OfflineSave.astro).
 * Nothing is cached before the reader presses Save. Saving downloads the edition's
 * list (offline/<lang>.json, written at build time) into a cache named after the
 * edition and the site's version; the list itself is stored last, as the marker of a
 * complete copy. Any failure (network, storage quota) deletes that cache: no
 * half-saved copy. Then the service worker (sw.js) is registered: it answers from the
 * saved copy when the network fails, and replaces the copy when the site is updated.
 */
import { cacheName, formatBytes, listPath, OFFLINE_UI, parseCacheName, parseList, totalSize, type OfflineFile, type OfflineList } from '../lib/offline';
import type { Lang } from '../lib/book';

const root = document.querySelector<HTMLElement>('[data-offline]');
const supported = 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;

async function ourCaches(lang: Lang): Promise<string[]> {
  return (await caches.keys()).filter((n) => parseCacheName(n)?.lang === lang);
}

async function isComplete(name: string, base: string, lang: Lang): Promise<boolean> {
  const c = await caches.open(name);
  return (await c.match(base + listPath(lang))) !== undefined;
}

async function download(name: string, base: string, list: OfflineList, files: OfflineFile[], onProgress: (done: number) => void): Promise<void> {
  const cache = await caches.open(name);
  let done = 0;
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < files.length && !failed) {
      const f = files[next++]!;
      try {
        const res = await fetch(base + f.url, { cache: 'no-cache' });
        if (!res.ok) throw new Error(`${f.url}: HTTP ${res.status}`);
        if (failed) return;
        await cache.put(base + f.url, res);
      } catch (e) {
        failed = true; // the other downloads stop too
        throw e;
      }
      done += f.size;
      onProgress(done);
    }
  };
  const results = await Promise.allSettled([worker(), worker(), worker(), worker()]);
  const error = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (error) throw error.reason;
  // Last: the list, the marker of a complete copy.
  await cache.put(base + listPath(list.lang), new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
}

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError');
}

async function init(el: HTMLElement) {
  const lang = el.dataset.lang as Lang;
  const base = el.dataset.base!;
  const T = OFFLINE_UI[lang];
  const q = <T extends HTMLElement>(s: string) => el.querySelector<T>(s)!;
  const save = q<HTMLButtonElement>('[data-offline-save]');
  const remove = q<HTMLButtonElement>('[data-offline-remove]');
  const training = q<HTMLInputElement>('[data-offline-training]');
  const trainingLabel = q<HTMLElement>('[data-offline-training-label]');
  const progress = q<HTMLProgressElement>('progress');
  const status = q<HTMLElement>('[data-offline-status]');
  const size = q<HTMLElement>('[data-offline-size]');

  let list: OfflineList;
  try {
    const res = await fetch(base + listPath(lang), { cache: 'no-cache' });
    list = parseList(await res.json(), lang);
  } catch {
    // Offline with a saved copy: the copy's own list.
    const saved = (await Promise.all((await ourCaches(lang)).map(async (n) => (await caches.open(n)).match(base + listPath(lang))))).find(Boolean);
    if (!saved) {
      el.hidden = false;
      status.textContent = T.unavailable;
      save.disabled = true;
      return;
    }
    list = parseList(await saved.json(), lang);
  }
  const chosen = () => (training.checked ? [...list.files, ...list.training] : list.files);
  const showSize = () => (size.textContent = T.total(formatBytes(totalSize(chosen()), lang)));
  trainingLabel.textContent = T.training(formatBytes(totalSize(list.training), lang));
  training.addEventListener('change', showSize);
  showSize();

  const refresh = async () => {
    const names = await ourCaches(lang);
    const current = cacheName(lang, list.version);
    const complete = names.includes(current) && (await isComplete(current, base, lang));
    remove.hidden = names.length === 0;
    save.hidden = complete;
    training.closest('p')!.hidden = complete;
    if (complete) {
      const c = await caches.open(current);
      const keys = await c.keys();
      const saved = new Set(keys.map((r) => new URL(r.url).pathname.slice(base.length)));
      status.textContent = T.saved(formatBytes(totalSize([...list.files, ...list.training].filter((f) => saved.has(f.url))), lang));
    } else if (names.length > 0) status.textContent = T.older;
  };

  save.addEventListener('click', async () => {
    const files = chosen();
    const total = totalSize(files);
    const name = cacheName(lang, list.version);
    save.disabled = true;
    progress.hidden = false;
    progress.max = total;
    progress.value = 0;
    status.textContent = T.saving(formatBytes(0, lang), formatBytes(total, lang));
    try {
      const est = await navigator.storage?.estimate?.();
      if (est?.quota !== undefined && est.usage !== undefined && est.quota - est.usage < total) {
        throw new DOMException('not enough space', 'QuotaExceededError');
      }
      await caches.delete(name); // a leftover from an interrupted attempt
      await download(name, base, list, files, (done) => {
        progress.value = done;
        status.textContent = T.saving(formatBytes(done, lang), formatBytes(total, lang));
      });
      await navigator.storage?.persist?.().catch(() => false);
      await navigator.serviceWorker.register(base + 'sw.js', { scope: base });
      await navigator.serviceWorker.ready;
      // Older versions of this edition are replaced.
      for (const n of await ourCaches(lang)) if (n !== name) await caches.delete(n);
      await refresh();
    } catch (e) {
      await caches.delete(name);
      status.textContent = isQuota(e) ? T.noSpace : T.failed;
      remove.hidden = (await ourCaches(lang)).length === 0;
    } finally {
      progress.hidden = true;
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    for (const n of await ourCaches(lang)) await caches.delete(n);
    // The service worker goes when no edition is saved any more.
    if ((await caches.keys()).every((n) => !parseCacheName(n))) {
      for (const r of await navigator.serviceWorker.getRegistrations()) if (r.scope.endsWith(base)) await r.unregister();
    }
    await refresh();
    save.hidden = false;
    training.closest('p')!.hidden = false;
    status.textContent = T.removed;
  });

  el.hidden = false;
  await refresh();
}

if (root && supported) void init(root);
