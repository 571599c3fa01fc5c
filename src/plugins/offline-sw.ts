/*
 * The service worker of offline reading, bundled after the build into dist/sw.js by
 * src/plugins/offline-build.ts, with the site's version and base path filled in. It caches
 * nothing by itself: the cover's "Save for offline reading" makes an edition's copy and
 * registers this worker (scope: the base path). It
 * - answers every same-origin GET under the base path from the network, and from a complete
 *   copy of this base path when the network fails (hashed /_astro/ files straight from a copy:
 *   they never change); offline, "/en/math" and "/en/math/index.html" redirect to "/en/math/"
 *   when that is saved;
 * - brings the saved editions to its version: at install, and again after any page visit with a
 *   network connection while a copy is still of an older version (an update that was interrupted).
 *   Each update writes a new copy, and the older one is deleted only once the new one is complete;
 * - on activation, deletes the leftovers of interrupted saves and replaced copies, never a save in
 *   progress (src/scripts/offline-store.ts);
 * - tells pages the state of each edition's copy (STATE_REQUEST): the pages' notice of an update
 *   that has not finished, the cover offline, the short links offline.
 */
import type { Lang } from '../lib/book/book.ts';
import { listPath, parseList, planEdition, savedForm } from '../lib/book/offline.ts';
import { STATE_REQUEST, type EditionState, type StateReply } from '../lib/book/offline-state.ts';
import { cleanup, saveCopy, scan, storedList } from '../scripts/offline-store.ts';

declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_BASE__: string;
const VERSION = __OFFLINE_VERSION__;
const BASE = __OFFLINE_BASE__;
const LANGS: readonly Lang[] = ['en', 'zh'];

// The service-worker types this file needs (the project's TypeScript library is the DOM's).
interface LifetimeEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvt extends LifetimeEvent {
  readonly request: Request;
  respondWith(r: Promise<Response>): void;
}
interface MessageEvt extends LifetimeEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', f: (e: LifetimeEvent) => void): void;
  addEventListener(type: 'fetch', f: (e: FetchEvt) => void): void;
  addEventListener(type: 'message', f: (e: MessageEvt) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}
const sw = self as unknown as WorkerScope;

/** Updates each edition whose copy is of an older version; on failure the older copy stays as it was. */
async function update(): Promise<void> {
  const all = await scan(BASE);
  let changed = false;
  for (const lang of LANGS) {
    const plan = planEdition(all[lang], VERSION);
    if (plan.state !== 'older' || !plan.use || all[lang].some((c) => c.saving)) continue;
    try {
      const list = parseList(await (await fetch(BASE + listPath(lang), { cache: 'no-cache' })).json(), lang);
      if (list.version !== VERSION) continue; // the site changed again meanwhile: its own worker updates
      // The training lab's files are kept when the older copy has them.
      const old = await storedList(plan.use.name, BASE, lang).then((d) => parseList(d, lang)).catch(() => undefined);
      const first = old?.training[0];
      const hadTraining = first !== undefined && (await caches.match(BASE + first.url, { cacheName: plan.use.name })) !== undefined;
      await saveCopy({ base: BASE, list, files: hadTraining ? [...list.files, ...list.training] : list.files, reuse: plan.use.name, replaces: plan.use.name });
      changed = true;
    } catch {
      // The older copy stays; the next visit with a network connection tries again.
    }
  }
  if (changed) await cleanup(BASE, VERSION);
}

let updating: Promise<void> | undefined;
function updateOnce(): Promise<void> {
  updating ??= update()
    .catch(() => undefined)
    .finally(() => {
      updating = undefined;
    });
  return updating;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(updateOnce().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    cleanup(BASE, VERSION)
      .catch(() => undefined)
      .then(() => sw.clients.claim()),
  );
});

/** The complete copies to read from, those of this version first. */
async function readable(): Promise<string[]> {
  const all = await scan(BASE, false);
  return LANGS.map((lang) => planEdition(all[lang], VERSION).use)
    .filter((c) => c !== undefined)
    .sort((a, b) => Number(b.version === VERSION) - Number(a.version === VERSION))
    .map((c) => c.name);
}

async function fromCopy(request: Request | string): Promise<Response | undefined> {
  for (const cacheName of await readable()) {
    const hit = await caches.match(request, { cacheName, ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      if (url.pathname.startsWith(`${BASE}_astro/`)) {
        const hit = await fromCopy(request);
        if (hit) return hit;
      }
      try {
        const res = await fetch(request);
        // A visit with a network connection: finish an update that did not (nothing to do otherwise).
        if (request.mode === 'navigate' && res.ok) event.waitUntil(updateOnce());
        return res;
      } catch (err) {
        // The lists are the copies' markers, not pages: offline, the cover asks this worker instead.
        if (url.pathname.startsWith(`${BASE}offline/`)) throw err;
        const hit = await fromCopy(request);
        if (hit) return hit;
        const form = savedForm(url.pathname);
        if (form !== undefined && (await fromCopy(url.origin + form))) return Response.redirect(url.origin + form + url.search, 302);
        throw err;
      }
    })(),
  );
});

sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || (event.data as { type?: unknown } | null)?.type !== STATE_REQUEST) return;
  event.waitUntil(
    (async () => {
      const all = await scan(BASE);
      const editions = Object.fromEntries(LANGS.map((lang) => [lang, planEdition(all[lang], VERSION).state])) as Record<Lang, EditionState>;
      const reply: StateReply = { version: VERSION, editions };
      port.postMessage(reply);
    })(),
  );
});
