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

export function landing(page: Page, id: string): Promise<Landing | null> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    let min = 0;
    for (const cover of document.querySelectorAll('header.header, mobile-starlight-toc nav')) {
      const style = getComputedStyle(cover);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (style.position !== 'fixed' && style.position !== 'sticky') continue;
      const r = cover.getBoundingClientRect();
      if (r.height > 0) min = Math.max(min, r.bottom);
    }
    return { top: el.getBoundingClientRect().top, min, scrollY: window.scrollY };
  }, id);
}
