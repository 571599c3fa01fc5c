/*
 * The service worker of offline reading (issue 18), written to dist/sw.js by
 * src/plugins/offline-build.ts with the site's version and base path filled in.
 * It caches nothing by itself: the cover's "Save for offline reading" fills the
 * edition's cache (fm-book-<lang>-<version>) and registers this worker. It
 * - answers every same-origin GET from the network, and from a complete saved copy
 *   when the network fails (hashed /_astro/ files straight from the copy: they never change);
 * - on a site update (a new sw.js, with a new version) downloads each saved edition
 *   again, into a new cache, and only when that is complete deletes the old one.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PREFIX = 'fm-book-';
const NAME = /^fm-book-(en|zh)-([0-9a-f]+)$/;

const listUrl = (lang) => `${BASE}offline/${lang}.json`;

async function completeCaches() {
  const out = [];
  for (const name of await caches.keys()) {
    const m = NAME.exec(name);
    if (!m) continue;
    const cache = await caches.open(name);
    if (await cache.match(listUrl(m[1]))) out.push({ name, lang: m[1], version: m[2], cache });
  }
  return out;
}

/** Replaces an old saved edition by this version; on any failure the old copy stays as it was. */
async function replace(old) {
  const name = `${PREFIX}${old.lang}-${VERSION}`;
  if (old.version === VERSION) return;
  try {
    const list = await (await fetch(listUrl(old.lang), { cache: 'no-cache' })).json();
    if (list.version !== VERSION) return; // the site changed again meanwhile: the next worker does it
    // The training lab's files are kept when the old copy had them.
    const hadTraining = list.training.length > 0 && (await old.cache.match(BASE + list.training[0].url)) !== undefined;
    const files = hadTraining ? [...list.files, ...list.training] : list.files;
    const cache = await caches.open(name);
    for (const f of files) {
      const res = await fetch(BASE + f.url, { cache: 'no-cache' });
      if (!res.ok) throw new Error(`${f.url}: HTTP ${res.status}`);
      await cache.put(BASE + f.url, res);
    }
    await cache.put(listUrl(old.lang), new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
    await caches.delete(old.name);
  } catch {
    await caches.delete(name);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      for (const c of await completeCaches()) await replace(c);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Incomplete caches (an interrupted save) are never used: drop them.
      const complete = new Set((await completeCaches()).map((c) => c.name));
      for (const name of await caches.keys()) if (NAME.test(name) && !complete.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function fromCopy(request) {
  for (const c of await completeCaches()) {
    const hit = await c.cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      if (url.pathname.startsWith(`${BASE}_astro/`)) {
        const hit = await fromCopy(request);
        if (hit) return hit;
      }
      try {
        return await fetch(request);
      } catch (err) {
        const hit = await fromCopy(request);
        if (hit) return hit;
        throw err;
      }
    })(),
  );
});
