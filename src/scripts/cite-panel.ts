/**
 * The Cite panel of a section: a disclosure opened by the heading's "Cite"
 * button, inserted after the heading (nothing above the heading moves). It shows
 * the section's citation in BibTeX, APA and GB/T 7714—2015 (GB/T first in the
 * Chinese edition), each with a copy button; the texts come from
 * src/lib/references/citation.ts (APA and GB/T through citeproc-js, whose first use builds
 * its style: the panel opens at once, those two boxes say "Formatting…" until
 * their text is there, and their copy buttons wait). APA's box also gives the
 * in-text citation that names the section. Focus moves to the first copy
 * button; Escape or Close closes the panel and gives focus back to the Cite
 * button. All text is set with textContent (nothing from the page is parsed as
 * HTML).
 *
 * The URL: the configured public address (SITE_URL at build time) when there is
 * one, otherwise the origin the page is served from (a build without SITE_URL
 * invents no address).
 */
import { BOOK } from '../lib/book/book';
import { toLang } from '../lib/book/i18n';
import { CITE_LABEL, CITE_ORDER, apaInText, citation, type CiteInput } from '../lib/references/citation';
import { isoDate, splitNumber } from '../lib/references/cite-text';
import { CITE_UI } from '../lib/references/cite-ui';
import { CURRENT_EDITION } from '../data/editions';
import { slugOfPath } from '../lib/book/paths';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}


function sectionUrl(lang: string, slug: string, id: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const site = import.meta.env.SITE || window.location.origin;
  return new URL(`${base}${lang}/${slug}/#${id}`, site).href;
}

function close(btn: HTMLButtonElement, focus: boolean): void {
  const id = btn.getAttribute('aria-controls');
  if (id) document.getElementById(id)?.remove();
  btn.setAttribute('aria-expanded', 'false');
  btn.removeAttribute('aria-controls');
  if (focus) btn.focus();
}

export function toggleCite(btn: HTMLButtonElement): void {
  if (btn.getAttribute('aria-expanded') === 'true') {
    close(btn, true);
    return;
  }
  document.querySelectorAll<HTMLButtonElement>('button.cite-btn[aria-expanded="true"]').forEach((b) => close(b, false));
  const id = btn.getAttribute('aria-describedby') ?? '';
  const heading = document.getElementById(id);
  const wrapper = btn.closest('.sl-heading-wrapper');
  if (!heading || !wrapper) return;
  const lang = toLang(btn.closest('[lang]')?.getAttribute('lang'));
  const ui = CITE_UI[lang];
  const { number, title } = splitNumber(heading.textContent ?? '');
  const accessed = isoDate(new Date());
  const input: CiteInput = {
    lang,
    id,
    section: title,
    number,
    url: sectionUrl(lang, slugOfPath(window.location.pathname), id),
    accessed,
    book: BOOK.title[lang],
    author: BOOK.author[lang],
    edition: { number: CURRENT_EDITION.number, date: CURRENT_EDITION.date },
  };

  const panelId = `cite-${id}`;
  const panel = el('div', 'cite-panel not-content');
  panel.id = panelId;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', `${ui.panel}: ${heading.textContent ?? ''}`);
  panel.dataset.pagefindIgnore = '';
  panel.append(el('p', 'cite-note', `${ui.panel} · ${CURRENT_EDITION.name[lang]} · ${ui.accessed(accessed)}`));
  const status = el('p', 'cite-status');
  status.setAttribute('role', 'status');
  const fills: (() => void)[] = [];
  for (const format of CITE_ORDER[lang]) {
    const box = el('div', 'cite-format');
    box.dataset.format = format;
    const label = el('p', 'cite-label', CITE_LABEL[format]);
    label.id = `${panelId}-${format}`;
    const pre = el('pre', 'cite-text');
    pre.tabIndex = 0;
    pre.setAttribute('aria-labelledby', label.id);
    const copy = el('button', 'cite-copy', ui.copy(CITE_LABEL[format]));
    copy.type = 'button';
    let text = '';
    copy.addEventListener('click', () => {
      const done = () => (status.textContent = ui.copied(CITE_LABEL[format]));
      const fail = () => (status.textContent = ui.failed);
      if (!text || !navigator.clipboard?.writeText) return fail();
      navigator.clipboard.writeText(text).then(done, fail);
    });
    box.append(label, pre, copy);
    const fill = () => {
      text = citation(format, input);
      pre.textContent = text;
      pre.removeAttribute('aria-busy');
      copy.disabled = false;
      if (format === 'apa') {
        const p = el('p', 'cite-intext', `${ui.inText} ${apaInText(input)}`);
        pre.after(p);
      }
    };
    if (format === 'bibtex') fill();
    else {
      pre.textContent = ui.formatting;
      pre.setAttribute('aria-busy', 'true');
      copy.disabled = true;
      fills.push(fill);
    }
    panel.append(box);
  }
  const closeBtn = el('button', 'cite-close', ui.close);
  closeBtn.type = 'button';
  closeBtn.addEventListener('click', () => close(btn, true));
  panel.append(status, closeBtn);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(btn, true);
    }
  });
  wrapper.after(panel);
  btn.setAttribute('aria-expanded', 'true');
  btn.setAttribute('aria-controls', panelId);
  const first = panel.querySelector<HTMLButtonElement>('.cite-copy:not(:disabled)');
  first?.focus();
  // citeproc after the panel is painted: its first use builds the styles (docs/performance.md).
  // Focus then moves to the first copy button, unless the reader has moved it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!panel.isConnected) return;
      for (const fill of fills) fill();
      if (document.activeElement === first) panel.querySelector<HTMLButtonElement>('.cite-copy')?.focus();
    }, 0),
  );
}

// Escape on the Cite button itself closes its panel too.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (e.key === 'Escape' && t instanceof HTMLButtonElement && t.matches('.cite-btn[aria-expanded="true"]')) close(t, true);
});
