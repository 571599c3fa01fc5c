/**
 * "On this page" highlighting, as Starlight's own starlight-toc does it, at a
 * cost that does not grow with the size of the page's DOM.
 *
 * Starlight finds the blocks to observe with one selector built on `:has()`,
 * which Chromium evaluates against every element of <main>: about 70 ms per
 * table of contents on the maths chapter (measured 2026-11-28; the chapter's element count,
 * most of it KaTeX, is in docs/figures.md), twice per page (desktop and mobile), inside one task. Here the blocks are
 * found by one pass over the top-level blocks of the Markdown content (and of
 * its h2 sections), each mapped to the heading it belongs to; the behaviour (which link is
 * current, the observed band under the header) is Starlight's.
 */
const PAGE_TITLE_ID = '_top';

export class BookTOC extends HTMLElement {
  private _current: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');
  private readonly minH = parseInt(this.dataset.minH || '2', 10);
  private readonly maxH = parseInt(this.dataset.maxH || '3', 10);
  private readonly headingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from({ length: 1 + this.maxH - this.minH }, (_, i) => `h${this.minH + i}`).join()})[id]`;

  set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    this._current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  private onIdle(cb: () => void): void {
    if ('requestIdleCallback' in window) window.requestIdleCallback(cb);
    else setTimeout(cb, 1);
  }

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  /** Every block to observe, with the heading whose section it is in. */
  private blocks(): Map<Element, Element> {
    const owner = new Map<Element, Element>();
    const title = document.getElementById(PAGE_TITLE_ID);
    if (!title) return owner;
    owner.set(title, title);
    let heading: Element = title;
    const visit = (children: HTMLCollection) => {
      for (const block of children) {
        // The chapter's sections and subsections (src/plugins/sections.ts): their blocks, one by one.
        if (block.matches('section.book-section, section.book-subsection')) {
          visit(block.children);
          continue;
        }
        if (block.matches(this.headingSelector)) {
          heading = block;
          owner.set(block, block);
          continue;
        }
        // A heading wrapper (Starlight's anchor links) or any block holding headings:
        // each heading inside starts a section of its own.
        const inner = block.querySelectorAll(this.headingSelector);
        if (inner.length === 0) {
          owner.set(block, heading);
          continue;
        }
        for (const h of inner) owner.set(h, h);
        heading = inner[inner.length - 1]!;
      }
    };
    const content = document.querySelector('main .sl-markdown-content');
    if (content) visit(content.children);
    return owner;
  }

  private init = (): void => {
    const links = new Map<string, HTMLAnchorElement>();
    for (const a of this.querySelectorAll('a')) links.set(decodeURIComponent(a.hash.slice(1)), a);
    const owner = this.blocks();
    const setCurrent: IntersectionObserverCallback = (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const link = links.get(owner.get(target)?.id ?? '');
        if (link) {
          this.current = link;
          break;
        }
      }
    };
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(setCurrent, { rootMargin: this.rootMargin() });
      for (const block of owner.keys()) observer.observe(block);
    };
    observe();
    let timeout: ReturnType<typeof setTimeout>;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** A thin band starting under the header (and the mobile summary bar), as Starlight's. */
  private rootMargin(): string {
    const top =
      (document.querySelector('header')?.getBoundingClientRect().height || 0) +
      (this.querySelector('summary')?.getBoundingClientRect().height || 0) +
      32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

/** The mobile variant: shows the current section in the bar and closes the dropdown after use. */
export class MobileBookTOC extends BookTOC {
  override set current(link: HTMLAnchorElement) {
    super.current = link;
    const display = this.querySelector<HTMLElement>('.display-current');
    if (display) display.textContent = link.textContent;
  }

  constructor() {
    super();
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => {
      details.open = false;
    };
    for (const a of details.querySelectorAll('a')) a.addEventListener('click', close);
    window.addEventListener('click', (e) => {
      if (!details.contains(e.target as Node)) close();
    });
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}
