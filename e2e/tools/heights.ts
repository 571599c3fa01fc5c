/**
 * `npm run heights`: measures every section of every page of both editions at a phone's and a
 * desktop's width (e2e/tools/measure-sections.ts) and writes src/data/section-heights.json, the
 * estimates that skipped sections count with (src/lib/section-heights.ts). Needs a built site
 * (dist/); build again afterwards, so that the pages carry the new figures. Run it after a
 * change to a chapter's text when the e2e gate "section estimates" says so.
 */
import { chromium } from '@playwright/test';
import { readdirSync, writeFileSync } from 'node:fs';
import { startPreview, CHROMIUM } from './preview.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { measureSections } from './measure-sections.ts';
import { pageKey, type SectionHeights } from '../../src/lib/section-heights.ts';

const port = Number(process.env.HEIGHTS_PORT ?? 4391);
const preview = await startPreview(port);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const out: SectionHeights = {};
try {
  for (const lang of ['en', 'zh']) {
    // The pages readEdition (src/lib/parity-fs.ts) reads; not imported: Node runs this file as it is,
    // and that module's imports have no file extension.
    const slugs = readdirSync(`content/${lang}`)
      .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
      .map((f) => f.replace(/\.mdx?$/, ''))
      .sort();
    for (const slug of slugs) {
      const url = `${preview.url}/${lang}/${slug}/`;
      const [phone, desktop] = [await measureSections(browser, url, 'phone'), await measureSections(browser, url, 'desktop')];
      if (!phone.length) continue;
      const page: Record<string, [number, number]> = {};
      for (const s of phone) page[s.id] = [s.height, desktop.find((d) => d.id === s.id)?.height ?? 0];
      out[pageKey(lang, slug)] = page;
      console.log(`${lang}/${slug}: ${phone.length} sections`);
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
writeFileSync('src/data/section-heights.json', JSON.stringify(out, null, 1) + '\n');
console.log('wrote src/data/section-heights.json');
