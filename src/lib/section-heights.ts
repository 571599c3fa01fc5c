/**
 * Estimated heights of the chapters' sections while the browser skips them.
 *
 * A section off screen is skipped (`content-visibility: auto`, src/styles/book.css) and
 * counts with an estimated height until it is first rendered. A flat 100vh was far off on
 * long sections (chapter 4's "4.2 Optimizers" is 11,500 px tall on a phone): the scroll bar
 * jumped as the reader went down, more sections than needed counted as near the window at
 * load (and were rendered then), and a tool that measures the page without scrolling (axe's
 * target-size in Lighthouse) saw the exercises overflow their 823 px box into the footer and
 * reported them as obscured.
 *
 * The heights are measured, not guessed: `npm run heights` (e2e/tools/heights.ts) opens each
 * chapter of both editions with every section rendered, at a phone's and a desktop's width,
 * and writes src/data/section-heights.json. The sections plugin (src/plugins/sections.ts) gives
 * each section its two figures as CSS custom properties; the stylesheet picks one by width.
 * An e2e gate (e2e/reading.spec.ts) fails when the file no longer matches the built chapters.
 */

/** The two widths measured: Lighthouse's mobile screen, and the e2e tests' desktop window. */
export const HEIGHT_VIEWPORTS = {
  phone: { width: 412, height: 823 },
  desktop: { width: 1280, height: 900 },
} as const;
export type HeightViewport = keyof typeof HEIGHT_VIEWPORTS;

/** Measured heights (CSS px) per page (`en/math`) and section id: [phone, desktop]. */
export type SectionHeights = Record<string, Record<string, [number, number]>>;

/**
 * An estimate errs on the long side: a skipped section a little taller than its content only
 * leaves blank space below the text until it is rendered, while one shorter than its content
 * lets it overlap what follows for anything that measures it unrendered.
 */
export const HEIGHT_MARGIN = 1.05;
/** Estimates are rounded up to this many px, so that a change of a line or two keeps the file as it is. */
export const HEIGHT_STEP = 10;
/** The gate calls an estimate stale when it is more than this factor (plus one step) above the height now measured. */
export const STALE_FACTOR = 1.25;

export function estimate(measured: number): number {
  if (!Number.isFinite(measured) || measured <= 0) return 0;
  return Math.ceil((measured * HEIGHT_MARGIN) / HEIGHT_STEP) * HEIGHT_STEP;
}

/** The page key of a chapter: `en/math`. */
export function pageKey(lang: string, slug: string): string {
  return `${lang}/${slug}`;
}

/** Inline style for a section with measured heights, or undefined (the stylesheet's 100vh then). */
export function heightStyle(entry: readonly [number, number] | undefined): string | undefined {
  if (!entry) return undefined;
  const [phone, desktop] = entry.map(estimate);
  if (!phone || !desktop) return undefined;
  return `--est-phone:${phone}px;--est-desktop:${desktop}px`;
}

export type HeightCheck = 'ok' | 'short' | 'stale' | 'missing';

/** How an estimate (already with its margin) compares with a section's real height. */
export function checkEstimate(est: number | undefined, real: number): HeightCheck {
  if (!est) return 'missing';
  if (real > est) return 'short';
  if (est > real * STALE_FACTOR + HEIGHT_STEP) return 'stale';
  return 'ok';
}
