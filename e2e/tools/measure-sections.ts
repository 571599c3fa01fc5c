/**
 * Real heights of a page's sections, as every section renders them (src/lib/section-heights.ts):
 * used by `npm run heights` to write src/data/section-heights.json and by the e2e gate that
 * checks that file against the built chapters. The page is opened at the size given, every
 * section rendered (the deep-link class, as when a page opens at a fragment), fonts loaded.
 */
import type { Browser } from '@playwright/test';
import { HEIGHT_VIEWPORTS, type HeightViewport } from '../../src/lib/section-heights.ts';

/** Playwright context options for a measured width: the phone is Lighthouse's mobile screen. */
export function viewportOptions(v: HeightViewport) {
  return v === 'phone'
    ? { viewport: HEIGHT_VIEWPORTS.phone, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }
    : { viewport: HEIGHT_VIEWPORTS.desktop };
}

export interface MeasuredSection {
  id: string;
  /** The larger of its height rendered and how far its content reaches while it is skipped (px). */
  height: number;
  /** The estimate the built page gives the section at this width (px), or 0 if none. */
  estimate: number;
}

export async function measureSections(browser: Browser, url: string, v: HeightViewport): Promise<MeasuredSection[]> {
  const context = await browser.newContext(viewportOptions(v));
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async (prop) => {
      const all = () => [...document.querySelectorAll<HTMLElement>('section.book-section[data-section], section.book-subsection[data-section]')];
      // First as loaded, where a skipped section lays its content out with the estimates of the
      // blocks inside it (what a tool that measures without scrolling sees): how far it reaches.
      // An island's wrapper (display: contents) has no box of its own: its children count.
      const bottom = (e: Element): number => {
        const style = getComputedStyle(e);
        if (style.display === 'contents') return Math.max(0, ...[...e.children].map(bottom));
        if (style.display === 'none') return 0;
        return e.getBoundingClientRect().bottom + (parseFloat(style.marginBottom) || 0);
      };
      const reach = all().map((s) => Math.max(0, ...[...s.children].map(bottom)) - s.getBoundingClientRect().top);
      const read = () =>
        all().map((s) => ({
          id: s.dataset.section!,
          estimate: parseFloat(s.style.getPropertyValue(prop)) || 0,
          height: s.getBoundingClientRect().height,
        }));
      document.documentElement.classList.add('at-target');
      await document.fonts.ready;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Until two readings a few frames apart agree (hydrating islands keep their box, ±1 px).
      let last = read();
      for (let i = 0; i < 20; i++) {
        await frames();
        await new Promise((r) => setTimeout(r, 100));
        const now = read();
        if (now.every((s, j) => Math.abs(s.height - last[j]!.height) < 0.5)) break;
        last = now;
      }
      return read().map((s, i) => ({ ...s, height: Math.ceil(Math.max(s.height, reach[i] ?? 0)) }));
    }, v === 'phone' ? '--est-phone' : '--est-desktop');
  } finally {
    await context.close();
  }
}
