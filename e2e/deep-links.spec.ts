/**
 * Course links land where they point (issue 12). Every link target of every
 * chapter of both editions — every h2/h3/h4 id, equation id (`eq-…`) and example
 * id (`example-…`) — is opened in a FRESH page (never a hash change on an open
 * page), at 1280×900 and at 390×800 (touch), with JavaScript on and off. Once the
 * page has loaded, the target's top must be below the header (and the phone's
 * "On this page" bar) and within the top 240 px of the window, and 2 s later it
 * must still be there (no later shift from islands, fonts, KaTeX or sections
 * being rendered).
 *
 * Cost: each target is its own page, so the pages of one chapter are opened a
 * few at a time and the 2 s wait is shared by the batch. Failures are collected
 * per chapter and reported together (id, where it landed, where it drifted to).
 */
import { test, expect, type Browser, type BrowserContextOptions } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHAPTERS, LANGS } from '../src/lib/book';
import { readEdition } from '../src/lib/parity-fs';
import { siteTargets, type LinkTarget } from '../src/lib/link-ids';
import { landing, LANDING_BAND, type Landing } from './tools/landing';

const CONTENT = fileURLToPath(new URL('../content/', import.meta.url));
const TARGETS = siteTargets(readEdition(`${CONTENT}en`));
/** Pages open at once in one chapter's test (they wait together). */
const BATCH = 6;
/** How long a landed target must stay put. */
const SETTLE_MS = 2_000;
/** How far a target may move during that time (sub-pixel rounding). */
const MAX_DRIFT = 2;

export const MODES: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: 'desktop, no JS', options: { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false } },
  { name: 'phone', options: { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  {
    name: 'phone, no JS',
    options: { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, javaScriptEnabled: false },
  },
];

interface Miss {
  id: string;
  first: Landing | null;
  later: Landing | null;
}

function describe(m: Miss): string {
  const f = m.first;
  const l = m.later;
  if (!f) return `${m.id}: not found`;
  return `${m.id}: top ${f.top.toFixed(0)} px (band ${f.min.toFixed(0)}–${LANDING_BAND}) → ${l ? l.top.toFixed(0) : '?'} px after ${SETTLE_MS} ms`;
}

export function missed(first: Landing | null, later: Landing | null): boolean {
  if (!first || !later) return true;
  const inBand = (l: Landing) => l.top >= l.min - 1 && l.top <= LANDING_BAND;
  return !inBand(first) || !inBand(later) || Math.abs(later.top - first.top) > MAX_DRIFT;
}

/** Opens each target in a page of its own; returns the ones that did not land or did not stay. */
async function openAll(browser: Browser, options: BrowserContextOptions, path: string, ids: string[]): Promise<Miss[]> {
  const context = await browser.newContext(options);
  const misses: Miss[] = [];
  try {
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const pages = await Promise.all(batch.map(() => context.newPage()));
      await Promise.all(pages.map((p, k) => p.goto(`${path}#${batch[k]}`, { waitUntil: 'load' })));
      const first = await Promise.all(pages.map((p, k) => landing(p, batch[k]!)));
      await pages[0]!.waitForTimeout(SETTLE_MS);
      const later = await Promise.all(pages.map((p, k) => landing(p, batch[k]!)));
      batch.forEach((id, k) => {
        if (missed(first[k]!, later[k]!)) misses.push({ id, first: first[k]!, later: later[k]! });
      });
      await Promise.all(pages.map((p) => p.close()));
    }
  } finally {
    await context.close();
  }
  return misses;
}

const bySlug = new Map<string, LinkTarget[]>();
for (const t of TARGETS) bySlug.set(t.slug, [...(bySlug.get(t.slug) ?? []), t]);

/** For a quick local run: DEEP_LINKS_ONLY="math,core-concepts" DEEP_LINKS_MODES="desktop" (comma-separated). */
const only = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
const ONLY_PAGES = only('DEEP_LINKS_ONLY');
const ONLY_MODES = only('DEEP_LINKS_MODES');

for (const mode of MODES.filter((m) => ONLY_MODES.length === 0 || ONLY_MODES.includes(m.name))) {
  test.describe(`deep links land in place (${mode.name})`, () => {
    for (const lang of LANGS) {
      for (const ch of CHAPTERS) {
        const ids = (bySlug.get(ch.slug) ?? []).map((t) => t.id);
        if (ids.length === 0 || (ONLY_PAGES.length > 0 && !ONLY_PAGES.includes(ch.slug))) continue;
        test(`/${lang}/${ch.slug}/: ${ids.length} targets`, async ({ browser }) => {
          test.setTimeout(60_000 + ids.length * 10_000);
          const misses = await openAll(browser, mode.options, `/${lang}/${ch.slug}/`, ids);
          expect(misses.map(describe), `${misses.length} of ${ids.length} targets off`).toEqual([]);
        });
      }
    }
  });
}
