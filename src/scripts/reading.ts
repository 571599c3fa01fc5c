/**
 * Browser glue for the reading controls of a chapter page (bundled module, no
 * inline handlers; nothing from the URL is ever inserted as HTML):
 * - a heading's link button (Starlight's `.sl-anchor-link`) copies the heading's
 *   full URL with the Clipboard API; the link itself still works without it;
 * - a section's language switch (`.section-lang-link`) carries the examples'
 *   query parameters over and remembers the chosen edition;
 * - an exercise's "Embed" link (`a.exercise-embed`) carries the page's seed
 *   (`ex.seed`), so the embed shows the numbers the reader sees.
 */
import { READING_UI, langOfHtml, withSearch } from '../lib/book/reading';
import { rememberLang } from './lang-pref';
import { readingPlace } from './place';
import { SEED_PARAM } from '../lib/exercises/seed';

const ui = () => READING_UI[langOfHtml(document.documentElement.lang)];

let status: HTMLElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
function ensureStatus(): HTMLElement {
  if (!status) {
    status = document.createElement('div');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  return status;
}
function announce(text: string): void {
  const el = ensureStatus();
  el.textContent = text;
  el.dataset.show = '';
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    delete el.dataset.show;
    el.textContent = '';
  }, 2500);
}

/** The full URL of an element id on this page, with the reader's current query. */
export function urlOf(id: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${encodeURIComponent(id)}`;
}

function onAnchorClick(a: HTMLAnchorElement): void {
  const id = decodeURIComponent(a.hash.slice(1));
  if (!id) return;
  const url = urlOf(id);
  a.dataset.copiedUrl = url;
  if (!navigator.clipboard?.writeText) return; // the link navigates; the URL is in the address bar
  navigator.clipboard.writeText(url).then(
    () => announce(ui().copied),
    () => announce(ui().copyFailed),
  );
}

function carryQuery(a: HTMLAnchorElement): void {
  a.href = withSearch(a.href, window.location.search);
}

function carrySeed(a: HTMLAnchorElement): void {
  const seed = new URLSearchParams(window.location.search).get(SEED_PARAM);
  a.href = withSearch(a.href, seed === null ? '' : `?${new URLSearchParams({ [SEED_PARAM]: seed }).toString()}`);
}

/** Between a chapter page and its parallel view: keep the reader's section. */
function carrySection(a: HTMLAnchorElement): void {
  const id = readingPlace();
  const url = new URL(a.href);
  url.search = window.location.search;
  url.hash = id && id !== 'intro' ? encodeURIComponent(id) : '';
  a.href = url.href;
}

/** Printed links show their absolute URL (CSS prints `data-print-href`). */
function markPrintLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || a.matches('.cite, .term a, .eq-number, .sl-anchor-link, .section-lang-link')) continue;
    if (!/^https?:$/.test(a.protocol)) continue;
    a.dataset.printHref = a.href;
  }
}

function init(): void {
  ensureStatus();
  markPrintLinks();
  document.addEventListener('click', (e) => {
    const t = e.target as Element | null;
    const anchor = t?.closest<HTMLAnchorElement>('a.sl-anchor-link');
    if (anchor) onAnchorClick(anchor);
    const sw = t?.closest<HTMLAnchorElement>('a.section-lang-link');
    if (sw) {
      carryQuery(sw);
      rememberLang(sw.dataset.lang);
    }
    const view = t?.closest<HTMLAnchorElement>('a.view-toggle, a[data-view-lang]');
    if (view) carrySection(view);
  });
  // Middle click, context menu ("open in new tab", "copy link"): the query too.
  for (const type of ['click', 'auxclick', 'contextmenu', 'focusin', 'pointerover'] as const) {
    document.addEventListener(type, (e) => {
      const t = e.target as Element | null;
      if (type !== 'click') {
        const sw = t?.closest<HTMLAnchorElement>('a.section-lang-link');
        if (sw) carryQuery(sw);
      }
      const embed = t?.closest<HTMLAnchorElement>('a.exercise-embed');
      if (embed) carrySeed(embed);
    });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
