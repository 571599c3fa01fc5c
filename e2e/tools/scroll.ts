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
  // Sections above the element that were skipped are rendered on the way and may be taller than
  // their estimate, so the element can end up below the window (on a loaded machine, well below):
  // then scroll again, as a reader would, until it is in the window (three tries at most).
  for (let attempt = 0; attempt < 3; attempt++) {
    await target.evaluate((e, b) => e.scrollIntoView({ block: b }), block);
    await settle(target);
    const inWindow = await target.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    if (inWindow) return;
  }
}

/**
 * Frames until the element stays put for two of them: the sections it is in are rendered, and
 * sections near the window, rendered a frame later, may still nudge it (scroll anchoring). A page
 * without JavaScript runs no frame callbacks: there, a short wait instead.
 */
async function settle(target: Locator): Promise<void> {
  await Promise.race([
    target
      .evaluate(
        (e) =>
          new Promise<void>((ok) => {
            let last = NaN;
            let still = 0;
            let frames = 0;
            const tick = () => {
              const top = e.getBoundingClientRect().top;
              still = top === last ? still + 1 : 0;
              last = top;
              if (still >= 2 || ++frames > 60) ok();
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
      )
      .catch(() => undefined),
    target.page().waitForTimeout(1500),
  ]);
}
