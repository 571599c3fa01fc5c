/**
 * Offline reading (issue 18): what an edition's offline copy holds, how its caches are
 * named and versioned, and the strings the cover's control shows. Pure: used by the
 * build integration (src/plugins/offline-integration.ts, which writes the per-edition
 * lists dist/offline/<lang>.json and the service worker dist/sw.js), by the cover's
 * script (src/scripts/offline.ts) and by the tests.
 */
import type { Lang } from './book.ts';

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

/** Cache of one edition at one version: "fm-book-en-3f2a…". */
export const CACHE_PREFIX = 'fm-book-';
export const cacheName = (lang: Lang, version: string) => `${CACHE_PREFIX}${lang}-${version}`;
/** The edition and version of a cache name (undefined for caches that are not ours). */
export function parseCacheName(name: string): { lang: Lang; version: string } | undefined {
  const m = /^fm-book-(en|zh)-([0-9a-f]+)$/.exec(name);
  return m ? { lang: m[1] as Lang, version: m[2]! } : undefined;
}
/** The list file (also the marker, stored last: a cache without it is incomplete). */
export const listPath = (lang: Lang) => `offline/${lang}.json`;

/** Pages never saved: other editions' pages, the print edition (the PDF covers it), redirects and the parallel view. */
const NOT_SAVED = /^(?:pdf\/|go\/|parallel\/|offline\/|sw\.js$|sitemap|404\.html$|(?:en|zh)\/print\/)/;
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
    if (f.path.startsWith(`${lang}/`) && f.path.endsWith('.html')) out.files.push(entry);
    else if (f.path.startsWith('_astro/')) (f.tfjs ? out.training : out.files).push(entry);
    // The search index, whole (about 1 MB): which of Pagefind's files a language needs is Pagefind's business.
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
    older: 'An older offline copy is saved: save again to replace it with this version.',
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
    older: '此设备上保存的是旧版本：再次保存即可换成当前版本。',
    remove: '删除离线副本',
    removed: '离线副本已删除。',
    total: (s) => `总大小：${s}。`,
    failed: '保存失败（下载中断），未保留任何内容。网站仍可照常在线使用，请稍后再试。',
    noSpace: '此设备存储空间不足，未保留任何内容。请释放空间后再试。',
    unavailable: '无法加载文件列表，请联网后再试。',
  },
};
