/**
 * The cover's "Save for offline reading" control (src/components/OfflineSave.astro).
 * Nothing is cached before the reader presses Save. Saving downloads the edition's
 * list (offline/<lang>.json, written at build time) into a cache of its own (see
 * src/scripts/offline-store.ts); the list itself is stored last, as the marker of a
 * complete copy. Any failure (network, storage quota) deletes that cache: no
 * half-saved copy. Then the service worker (sw.js) is registered: it answers from the
 * saved copy when the network fails, and replaces the copy when the site is updated.
 * Only a complete copy is reported as saved; the leftover of a save that did not
 * finish (its tab closed) is reported as such and deleted.
 */
import { formatBytes, listPath, OFFLINE_UI, parseList, planEdition, totalSize, type EditionPlan, type OfflineList } from '../lib/book/offline';
import type { Lang } from '../lib/book/book';
import { cleanup, removeEdition, saveCopy, scan, storedList } from './offline-store';

const root = document.querySelector<HTMLElement>('[data-offline]');
const supported = 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;

function isQuota(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'QuotaExceededError';
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

  const planNow = async (current: string | undefined): Promise<EditionPlan> => planEdition((await scan(base))[lang], current);

  // The site's version: from its list (online); offline, the service worker's, else the saved copy's.
  let list: OfflineList;
  let current: string | undefined;
  try {
    const res = await fetch(base + listPath(lang), { cache: 'no-cache' });
    list = parseList(await res.json(), lang);
    current = list.version;
  } catch {
    current = (await (await import('./offline-ask')).askWorker())?.version;
    const use = (await planNow(current)).use;
    const saved = use ? await storedList(use.name, base, lang).catch(() => undefined) : undefined;
    try {
      list = parseList(saved, lang);
    } catch {
      el.hidden = false;
      status.textContent = T.unavailable;
      save.disabled = true;
      return;
    }
    current ??= list.version;
  }
  const chosen = () => (training.checked ? [...list.files, ...list.training] : list.files);
  const showSize = () => (size.textContent = T.total(formatBytes(totalSize(chosen()), lang)));
  trainingLabel.textContent = T.training(formatBytes(totalSize(list.training), lang));
  training.addEventListener('change', showSize);
  showSize();

  /** Shows the edition's state; then deletes leftovers of saves that did not finish and replaced copies. */
  const refresh = async (): Promise<EditionPlan> => {
    const plan = await planNow(current);
    const saved = plan.state === 'saved';
    remove.hidden = plan.use === undefined;
    save.hidden = saved;
    training.closest('p')!.hidden = saved;
    if (saved && plan.use) {
      const keys = await (await caches.open(plan.use.name)).keys();
      const stored = new Set(keys.map((r) => new URL(r.url).pathname.slice(base.length)));
      status.textContent = T.saved(formatBytes(totalSize([...list.files, ...list.training].filter((f) => stored.has(f.url))), lang));
    } else if (plan.state === 'older') status.textContent = T.older;
    else if (plan.state === 'saving') status.textContent = T.savingElsewhere;
    else if (plan.state === 'interrupted') status.textContent = T.interrupted;
    await cleanup(base, current).catch(() => undefined);
    return plan;
  };

  save.addEventListener('click', async () => {
    const files = chosen();
    const total = totalSize(files);
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
      const older = (await planNow(current)).use;
      await saveCopy({
        base,
        list,
        files,
        reuse: older?.name,
        onProgress: (done) => {
          progress.value = done;
          status.textContent = T.saving(formatBytes(done, lang), formatBytes(total, lang));
        },
      });
      await navigator.storage?.persist?.().catch(() => false);
      const registration = await navigator.serviceWorker.register(base + 'sw.js', { scope: base });
      // A worker of an older version of the site gives way to this version's now (it then holds this copy's version).
      await registration.update().catch(() => undefined);
      await navigator.serviceWorker.ready;
      await refresh();
    } catch (e) {
      status.textContent = isQuota(e) ? T.noSpace : T.failed;
      remove.hidden = (await planNow(current)).use === undefined;
    } finally {
      progress.hidden = true;
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    await removeEdition(base, lang);
    // The service worker goes when no edition of this site is saved any more.
    const all = await scan(base);
    if (![...all.en, ...all.zh].some((c) => c.complete)) {
      const scope = new URL(base, location.href).href;
      for (const r of await navigator.serviceWorker.getRegistrations()) if (r.scope === scope) await r.unregister();
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
