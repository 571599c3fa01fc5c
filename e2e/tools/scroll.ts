/**
 * Brings an element on screen the way the browser does for a reader (a link to it, find in page,
 * Tab, a script's `scrollIntoView()`): with `Element.scrollIntoView`, which renders the sections
 * it is in first. Playwright's `scrollIntoViewIfNeeded` (and a `scrollTo` to a
 * `getBoundingClientRect` offset) does not: inside a section skipped off screen
 * (`content-visibility: auto`, src/styles/book.css) the element's box is laid out on its own, below
 * the section's estimated height, so the window lands past the section, which stays skipped (its
 * islands never hydrate).
 */
import type { Locator } from '@playwright/test';

export async function bringIntoView(target: Locator, block: ScrollLogicalPosition = 'center'): Promise<void> {
  await target.evaluate((e, b) => e.scrollIntoView({ block: b }), block);
  // Two frames: the sections it is in are rendered, then the window is where it will stay. (A page
  // without JavaScript runs no frame callbacks: there, a short wait instead.)
  await Promise.race([
    target.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())))).catch(() => undefined),
    target.page().waitForTimeout(500),
  ]);
}
