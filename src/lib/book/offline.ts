/**
 * Offline reading: what an edition's offline copy holds, how its caches are named, which
 * of them count as a saved copy and which are dropped, and the strings the cover's control
 * and the pages' notice show. Pure: used by the build (src/plugins/offline-build.ts, which
 * writes the per-edition lists dist/offline/<lang>.json and bundles the service worker
 * src/plugins/offline-sw.ts into dist/sw.js), by the service worker, by the page scripts
 * (src/scripts/offline*.ts, the short links) and by the tests.
 */
import type { Lang } from './book.ts';
import type { EditionState } from './offline-state.ts';

export type { EditionState } from './offline-state.ts';

export interface OfflineFile {
  /** Site path relative to the base, in the form the site is requested in: "en/math/", "_astro/x.js". */
  url: string;
  size: number;
}

export interface OfflineList {
  /** Changes whenever any file of the site changes (a hash of their revisions). */
  version: string;
  lang: Lang;
  /** Every page of the edition, its scripts, styles, fonts, the math fonts, the search index. */
  files: OfflineFile[];
  /** The training lab's TensorFlow.js code and WebAssembly: saved only when the reader asks. */
  training: OfflineFile[];
}

/**
 * The caches of the offline copies. One save (from the cover, or the service worker's update)
 * writes one cache of its own, "fm-book|<base>|<lang>|<version>|<save id>", so that two saves never
 * write into, nor delete, each other's cache, and two copies of the site under different base paths
 * on one origin never see each other's copies. The save writes the edition's list last, as the
 * marker of a complete copy; only a complete copy is ever read from or reported as saved.
 */
export const CACHE_PREFIX = 'fm-book';
export const cacheName = (base: string, lang: Lang, version: string, id: string) => [CACHE_PREFIX, base, lang, version, id].join('|');

export interface CacheInfo {
  /** The site's base path ("/", "/book/"); undefined for a cache named before caches carried it. */
  base: string | undefined;
  lang: Lang;
  version: string;
  /** The save's id ("" for the older naming). */
  id: string;
}
/** What a cache name says (undefined for caches that are not offline copies of the book). */
export function parseCacheName(name: string): CacheInfo | undefined {
  const m = /^fm-book\|(\/[^|]*)\|(en|zh)\|([0-9a-f]+)\|([0-9a-z]+)$/.exec(name);
  if (m) return { base: m[1]!, lang: m[2] as Lang, version: m[3]!, id: m[4]! };
  // Before caches carried the base path and a save id: "fm-book-en-<version>" (which base it holds is
  // told by its content: see src/scripts/offline-store.ts).
  const old = /^fm-book-(en|zh)-([0-9a-f]+)$/.exec(name);
  return old ? { base: undefined, lang: old[1] as Lang, version: old[2]!, id: '' } : undefined;
}
/** The Web Lock held while an edition's copy is committed (its marker written) or removed. */
export const editionLock = (base: string, lang: Lang) => [CACHE_PREFIX, base, lang].join('|');

/** A save's id: when it started (base 36, sortable) and a random part. */
export function newSaveId(now: number, random: number): string {
  return Math.max(0, Math.floor(now)).toString(36).padStart(9, '0') + Math.floor(Math.min(Math.max(random, 0), 0.999999) * 36 ** 6).toString(36).padStart(6, '0');
}
/** When a save started (ms), from its id; undefined when the id does not say. */
export function saveStarted(id: string): number | undefined {
  if (!/^[0-9a-z]{15}$/.test(id)) return undefined;
  return parseInt(id.slice(0, 9), 36);
}
/**
 * Without Web Locks (which tell whether the page or worker that writes a cache is still alive),
 * an incomplete copy counts as a save in progress for this long after it started.
 */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

/** Whether the save that writes an incomplete cache may still be running. */
export function stillSaving(name: string, info: CacheInfo, heldLocks: ReadonlySet<string> | undefined, now: number): boolean {
  if (info.id === '') return false; // the older naming: its writers never took a lock, and no longer run
  if (heldLocks) return heldLocks.has(name); // the save holds a lock named after its cache until it ends
  const started = saveStarted(info.id);
  return started !== undefined && now - started < ABANDONED_AFTER_MS;
}

/** One cache of an edition of this site, as found on the device. */
export interface Copy {
  name: string;
  version: string;
  id: string;
  /** Its marker (the list) is stored. */
  complete: boolean;
  /** Incomplete, and its save may still be running: never touched. */
  saving: boolean;
}

export interface EditionPlan {
  state: EditionState;
  /** The copy pages are read from: of the current version if there is one, else the newest. */
  use: Copy | undefined;
  /** Caches to delete: leftovers of saves that did not finish; complete copies that another complete copy replaces. */
  drop: Copy[];
}

/**
 * What to make of one edition's caches, `current` being the site's version (undefined when it is
 * not known: then no complete copy is dropped). A save in progress is never dropped.
 */
export function planEdition(copies: readonly Copy[], current: string | undefined): EditionPlan {
  const rank = (c: Copy) => (current !== undefined && c.version === current ? 1 : 0);
  const complete = copies.filter((c) => c.complete).sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const use = complete[0];
  const abandoned = copies.filter((c) => !c.complete && !c.saving);
  const drop = [...abandoned, ...(current === undefined ? [] : complete.slice(1))];
  const state: EditionState = use
    ? current === undefined || use.version === current
      ? 'saved'
      : 'older'
    : copies.some((c) => !c.complete && c.saving)
      ? 'saving'
      : abandoned.length > 0
        ? 'interrupted'
        : 'none';
  return { state, use, drop };
}

/**
 * Offline, a page asked for in another form than the one saved: "/en/math" and
 * "/en/math/index.html" are saved as "/en/math/". The form to look up, or undefined.
 */
export function savedForm(pathname: string): string | undefined {
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last !== '' && !last.includes('.') ? `${pathname}/` : undefined;
}

/** The list file (also the marker, stored last: a cache without it is incomplete). */
export const listPath = (lang: Lang) => `offline/${lang}.json`;

/**
 * Never saved: the print edition (the PDF covers it), the PDFs, the sitemaps, the not-found page,
 * the offline lists themselves (each copy stores its own as the marker) and the service worker.
 */
const NOT_SAVED = /^(?:pdf\/|offline\/|sw\.js$|sitemap|404\.html$|(?:en|zh)\/print\/)/;
/** Pages saved with either edition: the landing page, the short links and the parallel views (both languages on one page). */
const SHARED_PAGE = /^(?:index\.html$|go\/|parallel\/)/;
/** The training lab's heavy files (TensorFlow.js and its WebAssembly), told apart by their content at build time. */
export interface BuiltFile {
  /** Path relative to dist/, "en/math/index.html", "_astro/x.js". */
  path: string;
  size: number;
  /** Whether the file belongs to TensorFlow.js (decided by the integration from its content). */
  tfjs?: boolean;
}

/** The request path of a built file: "en/math/index.html" → "en/math/". */
export function requestPath(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** What an edition's offline copy holds, from every file of the built site. */
export function editionList(files: readonly BuiltFile[], lang: Lang, version: string): OfflineList {
  const out: OfflineList = { version, lang, files: [], training: [] };
  const other = lang === 'en' ? 'zh/' : 'en/';
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (NOT_SAVED.test(f.path) || f.path.startsWith(other)) continue;
    const entry = { url: requestPath(f.path), size: f.size };
    if ((f.path.startsWith(`${lang}/`) || SHARED_PAGE.test(f.path)) && f.path.endsWith('.html')) out.files.push(entry);
    else if (f.path.startsWith('_astro/')) (f.tfjs ? out.training : out.files).push(entry);
    // The search index, whole (its size: docs/figures.md, offline copies): which of Pagefind's files a language needs is Pagefind's business.
    else if (f.path.startsWith('pagefind/')) out.files.push(entry);
    else if (!f.path.includes('/') && !f.path.endsWith('.html') && !f.path.endsWith('.xml')) out.files.push(entry); // favicon
  }
  return out;
}

export const totalSize = (files: readonly OfflineFile[]) => files.reduce((s, f) => s + f.size, 0);

/** Validates a list fetched from the site; throws on anything unexpected. */
export function parseList(data: unknown, lang: Lang): OfflineList {
  const o = data as Partial<OfflineList> | null;
  const okFiles = (xs: unknown) => Array.isArray(xs) && xs.every((f) => f && typeof f.url === 'string' && !/^[a-z]+:|^\/\//i.test(f.url) && Number.isFinite(f.size) && f.size >= 0);
  if (!o || typeof o.version !== 'string' || !/^[0-9a-f]+$/.test(o.version) || o.lang !== lang || !okFiles(o.files) || !okFiles(o.training)) {
    throw new Error('bad offline list');
  }
  return o as OfflineList;
}

/** "1.2 MB" / "340 KB", in the edition's number format. */
export function formatBytes(n: number, lang: Lang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, n / 1024))} KB`;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 1024 / 1024)} MB`;
}

export const OFFLINE_UI: Record<
  Lang,
  {
    heading: string;
    save: string;
    training: (size: string) => string;
    saving: (done: string, total: string) => string;
    saved: (size: string) => string;
    older: string;
    savingElsewhere: string;
    interrupted: string;
    remove: string;
    removed: string;
    total: (size: string) => string;
    failed: string;
    noSpace: string;
    unavailable: string;
  }
> = {
  en: {
    heading: 'Offline reading',
    save: 'Save for offline reading',
    training: (s) => `Include the training lab (TensorFlow.js, ${s})`,
    saving: (d, t) => `Saving… ${d} of ${t}`,
    saved: (s) => `This edition is saved on this device (${s}): it works without a network connection.`,
    older: 'An older offline copy is saved: its update to this version has not finished. It resumes on your next visit with a network connection; or save again now to replace it.',
    savingElsewhere: 'This edition is being saved (in another tab, or as an update in the background): it is not available offline until that save is complete.',
    interrupted: 'The last save of this edition did not finish: nothing of it was kept, and the edition is not available offline. Save it again to read it offline.',
    remove: 'Remove offline copy',
    removed: 'The offline copy was removed.',
    total: (s) => `Total size: ${s}.`,
    failed: 'Saving failed (the download was interrupted): nothing was kept. The site works online as before; try again later.',
    noSpace: 'Not enough storage space on this device: nothing was kept. Free some space and try again.',
    unavailable: 'The list of files could not be loaded: try again when you are online.',
  },
  zh: {
    heading: '离线阅读',
    save: '保存以便离线阅读',
    training: (s) => `包括训练实验（TensorFlow.js，${s}）`,
    saving: (d, t) => `正在保存…… ${d} / ${t}`,
    saved: (s) => `本版已保存在此设备上（${s}），无网络时也能阅读。`,
    older: '此设备上保存的是旧版本：更新到当前版本尚未完成。下次联网访问时会继续更新；也可以现在再次保存，换成当前版本。',
    savingElsewhere: '本版正在保存（在另一个标签页中，或在后台更新）：保存完成之前无法离线阅读。',
    interrupted: '本版上次的保存没有完成：未保留任何内容，目前无法离线阅读。请再次保存。',
    remove: '删除离线副本',
    removed: '离线副本已删除。',
    total: (s) => `总大小：${s}。`,
    failed: '保存失败（下载中断），未保留任何内容。网站仍可照常在线使用，请稍后再试。',
    noSpace: '此设备存储空间不足，未保留任何内容。请释放空间后再试。',
    unavailable: '无法加载文件列表，请联网后再试。',
  },
};

/**
 * Shown on every page of an edition whose offline copy is of an older version of the book (its
 * update was interrupted): the service worker retries on a later visit with a network connection.
 */
export const OFFLINE_NOTICE: Record<Lang, string> = {
  en: 'The update of this offline copy has not finished: offline, this edition is read as its previous version. The update resumes the next time you open the book with a network connection.',
  zh: '此离线副本的更新尚未完成：离线时读到的是本版的上一个版本。下次联网打开本书时会继续更新。',
};
