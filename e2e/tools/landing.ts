/**
 * Where a link target sits in the window, for the deep-link tests: the top of
 * the element with that id, and the lowest edge of what covers the top of the
 * window (Starlight's header, and on phones the fixed "On this page" bar). A
 * target has landed when its top is between that edge and LANDING_BAND.
 */
import type { Page } from '@playwright/test';

/** The target's top must be within this many pixels of the top of the window. */
export const LANDING_BAND = 240;

export interface Landing {
  /** The target's top, in CSS pixels from the top of the window. */
  top: number;
  /** The bottom of the fixed header (and phone table-of-contents bar): the target must not be above it. */
  min: number;
  /** The window's scroll position. */
  scrollY: number;
}

/**
 * In the page: where each target sits in the window; with `navigate`, after the browser has
 * scrolled to it as to a same-page fragment (`location.hash`), one target after another.
 * (Self-contained: Playwright runs it in the page.)
 */
function where({ ids, navigate }: { ids: string[]; navigate: boolean }): (Landing | null)[] {
  const cover = () => {
    let min = 0;
    for (const c of document.querySelectorAll('header.header, mobile-starlight-toc nav')) {
      const style = getComputedStyle(c);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (style.position !== 'fixed' && style.position !== 'sticky') continue;
      const r = c.getBoundingClientRect();
      if (r.height > 0) min = Math.max(min, r.bottom);
    }
    return min;
  };
  return ids.map((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    if (navigate) {
      // A fragment equal to the current one does not scroll: go through the top first.
      if (decodeURIComponent(location.hash.slice(1)) === id) location.hash = '#_top';
      location.hash = `#${id}`;
    }
    return { top: el.getBoundingClientRect().top, min: cover(), scrollY: window.scrollY };
  });
}

export async function landing(page: Page, id: string): Promise<Landing | null> {
  return (await page.evaluate(where, { ids: [id], navigate: false }))[0] ?? null;
}

/** Every target of an open page, reached as a fragment is, one round trip for them all. */
export function fragmentLandings(page: Page, ids: string[]): Promise<(Landing | null)[]> {
  return page.evaluate(where, { ids, navigate: true });
}
