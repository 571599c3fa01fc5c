/**
 * Where the reader is, as the id to carry to the other edition (the language
 * picker) or to the other view (chapter ↔ parallel view), so that they land on
 * the section they were reading:
 * 1. the URL's `#fragment`, while its target is still on screen (the reader
 *    followed a link to it and has not scrolled away);
 * 2. else the section that "On this page" marks as current (h2/h3);
 * 3. else (no table of contents: the parallel view) the last section start at
 *    or above the upper part of the window.
 * The fragment is only ever used to look an id up with getElementById (never
 * as a selector or as HTML), and only returned when this page has that id.
 */
const TOP_ID = '_top';

function decode(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

function onScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** The current entry of "On this page" (desktop or phone), if any. */
function tocCurrent(): string {
  const a = document.querySelector<HTMLAnchorElement>('starlight-toc a[aria-current="true"], mobile-starlight-toc a[aria-current="true"]');
  const id = a ? decode(a.hash) : '';
  return id === TOP_ID ? '' : id;
}

/** The last section start (h2/h3 of a chapter, or a pair of the parallel view) in the upper third of the window. */
function sectionAtTop(): string {
  const starts = document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]:not(.parallel *), .parallel .pair[data-section]');
  const line = Math.min(240, window.innerHeight / 3);
  let id = '';
  for (const el of starts) {
    if (el.getBoundingClientRect().top > line) break;
    id = el.dataset.section ?? el.id;
  }
  return id;
}

/** The id to land on in the other edition or view, or '' for the top of the page. */
export function readingPlace(): string {
  const fromUrl = decode(window.location.hash);
  const target = fromUrl ? document.getElementById(fromUrl) : null;
  if (target && onScreen(target)) return fromUrl;
  return tocCurrent() || sectionAtTop() || (target ? fromUrl : '');
}
