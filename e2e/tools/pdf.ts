/**
 * `npm run pdf`: the PDF of each edition, dist/pdf/foundation-models-book-<lang>.pdf,
 * printed from the built print edition (/<lang>/print/: cover, contents, every chapter;
 * src/components/PrintBook.astro) by the system Chromium through Playwright, with the
 * site's print stylesheet. Needs `npm run build` first; `npm run build` itself never
 * needs a browser.
 *
 * - Bookmarks: Chromium's document outline from the headings (`outline: true`, which
 *   needs a tagged PDF): chapters, sections, subsections. Their titles are then set to the
 *   headings' text (Chromium drops the space where a heading wraps), and the headings of
 *   the labs' interface are no bookmarks (e2e/tools/pdf-finish.ts).
 * - Document information: the book's title, author, language, and the edition in the
 *   subject and keywords (`pdfMeta`).
 * - Contents with page numbers: printed twice. The first print's named destinations
 *   (every element id that a link points to → its page) give each entry's page; the
 *   numbers are written into the contents (fixed-width slots, so the layout does not
 *   move) and the book is printed again. The script checks the second print's pages agree.
 * - Page numbers in the footer; internal links are fragments, so they work in the PDF;
 *   external links are followed by their URL (print stylesheet).
 * - Fonts: every font must be embedded, and the Chinese edition must carry CJK glyphs
 *   (Noto CJK, Debian's fonts-noto-cjk; Chromium embeds its CFF outlines as Type 3
 *   fonts with a ToUnicode map, so the text stays searchable); otherwise it fails.
 * - Finally the landing page and both covers get their download links (the build leaves
 *   an empty `[data-pdf-slot]` for them: links appear exactly when the PDFs exist), every
 *   chapter page gets its `citation_pdf_url` tag (src/lib/references/citation-meta.ts), and the
 *   offline lists and sw.js are written again (the pages changed).
 *
 * Environment: PDF_PORT (preview port, default 4378), CHROMIUM_PATH.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, HAS_SYSTEM_CHROMIUM } from './chromium.ts';
import { startPreview } from './preview.ts';
import { inspectPdf, isCjkFont, type PdfFacts } from './pdf-inspect.ts';
import { bookHeadings, finishPdf, type PdfMeta } from './pdf-finish.ts';
import { BOOK, CHAPTERS, HTML_LANG, LANGS, type Lang } from '../../src/lib/book/book.ts';
import { CURRENT_EDITION } from '../../src/data/editions.ts';
import { PDF_NAME, fillPdfSlots, pdfPath } from '../../src/lib/book/pdf-links.ts';
import { addPdfMeta } from '../../src/lib/references/citation-meta.ts';
import { SITE, publicUrlOf } from '../../src/lib/book/site.ts';
import { writeOfflineFiles } from '../../src/plugins/offline-build.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/**
 * Page-count range a PDF must fall in: a sanity check (an empty or runaway print), not a budget; the
 * third edition's English PDF has over 200 pages (today's counts: docs/figures.md, `npm run figures`).
 */
export const PAGE_RANGE: [number, number] = [20, 400];

/** The PDF's document information: the book's title (not the page's "… | site" title), author, edition, language. */
export function pdfMeta(lang: Lang): PdfMeta {
  const edition = `${CURRENT_EDITION.name[lang]}${lang === 'zh' ? '，' : ', '}${CURRENT_EDITION.date}`;
  return {
    title: BOOK.title[lang],
    author: BOOK.author[lang],
    subject: edition,
    keywords: [...BOOK.keywords[lang], CURRENT_EDITION.name[lang]],
    lang: HTML_LANG[lang],
  };
}

/** The book's headings in the print edition as built (dist/<lang>/print/): what the bookmarks must say. */
export const printHeadings = (lang: Lang) => bookHeadings(readFileSync(join(DIST, lang, 'print', 'index.html'), 'utf8'));

/**
 * `headings`: the print edition's book headings (`printHeadings`); when given, every
 * bookmark must be one of them, word for word (no space lost where a heading wrapped, no
 * heading of a lab's interface).
 */
export function checkPdf(lang: Lang, f: PdfFacts, headings?: string[]): string[] {
  const out: string[] = [];
  const meta = pdfMeta(lang);
  if (f.meta.title !== meta.title) out.push(`${lang}: the PDF's title is ${JSON.stringify(f.meta.title)}, expected the book's title ${JSON.stringify(meta.title)}`);
  if (f.meta.author !== meta.author) out.push(`${lang}: the PDF's author is ${JSON.stringify(f.meta.author)}, expected ${JSON.stringify(meta.author)}`);
  if (f.meta.lang !== meta.lang) out.push(`${lang}: the PDF's language is ${JSON.stringify(f.meta.lang)}, expected ${meta.lang}`);
  if (!f.meta.subject?.includes(CURRENT_EDITION.name[lang]) || !f.meta.keywords?.includes(CURRENT_EDITION.name[lang])) {
    out.push(`${lang}: the PDF's subject and keywords do not name the edition (${CURRENT_EDITION.name[lang]})`);
  }
  if (headings) {
    const known = new Set(headings);
    const stray = f.outline.filter((o) => !known.has(o.title)).map((o) => JSON.stringify(o.title));
    if (stray.length) out.push(`${lang}: ${stray.length} bookmarks are not a heading of the book as written: ${stray.slice(0, 5).join(', ')}`);
  }
  if (f.pages < PAGE_RANGE[0] || f.pages > PAGE_RANGE[1]) out.push(`${lang}: ${f.pages} pages, expected ${PAGE_RANGE[0]}–${PAGE_RANGE[1]}`);
  if (f.outline.filter((o) => o.depth >= 2).length < 10) out.push(`${lang}: the PDF has ${f.outline.length} bookmarks (chapters and sections expected)`);
  const missing = f.fonts.filter((x) => !x.embedded);
  if (missing.length) out.push(`${lang}: fonts not embedded (glyphs would be missing): ${missing.map((x) => x.name).join(', ')}`);
  if (lang === 'zh' && !f.fonts.some(isCjkFont)) out.push('zh: no CJK font embedded: install fonts-noto-cjk (apt-get install fonts-noto-cjk)');
  return out;
}

async function print(page: Page): Promise<Buffer> {
  return page.pdf({
    format: 'A4',
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="width:100%;font-size:9px;text-align:center;color:#555"><span class="pageNumber"></span></div>',
  });
}

async function pdfOf(page: Page, url: string, lang: Lang): Promise<{ bytes: Buffer; facts: PdfFacts }> {
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const first = await inspectPdf(await print(page));
  const targets: string[] = await page.$$eval('[data-page-for]', (els) => els.map((e) => e.getAttribute('data-page-for')!));
  const pages: Record<string, number> = {};
  const unknown: string[] = [];
  for (const id of targets) {
    const p = first.dests.get(id);
    if (p === undefined) unknown.push(id);
    else pages[id] = p;
  }
  if (unknown.length) throw new Error(`${lang}: no page found in the PDF for ${unknown.join(', ')}`);
  await page.$$eval('[data-page-for]', (els, pages) => els.forEach((e) => (e.textContent = String(pages[e.getAttribute('data-page-for')!]))), pages);
  const printed = await print(page);
  const second = await inspectPdf(printed);
  const moved = targets.filter((id) => second.dests.get(id) !== pages[id]);
  if (moved.length) throw new Error(`${lang}: filling in page numbers moved ${moved.slice(0, 5).join(', ')}: contents would be wrong`);
  const bytes = Buffer.from(await finishPdf(printed, printHeadings(lang), pdfMeta(lang)));
  return { bytes, facts: await inspectPdf(bytes) };
}

export async function buildPdfs(port = Number(process.env.PDF_PORT ?? 4378)): Promise<Record<Lang, { file: string; facts: PdfFacts; bytes: number; ms: number }>> {
  for (const lang of LANGS) {
    if (!existsSync(join(DIST, lang, 'print', 'index.html'))) throw new Error(`dist/${lang}/print/ is missing: run \`npm run build\` first`);
  }
  if (!HAS_SYSTEM_CHROMIUM) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The PDFs are printed by the system Chromium: install it (Debian: \`apt-get install chromium fonts-noto-cjk\`) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  mkdirSync(join(DIST, 'pdf'), { recursive: true });
  const preview = await startPreview(port, `${BASE}en/print/`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).catch((e: Error) => {
    preview.stop();
    throw new Error(`Chromium at ${CHROMIUM} could not be started (${e.message.split('\n')[0]}): install it (Debian: \`apt-get install chromium\`) or set CHROMIUM_PATH.`);
  });
  const out = {} as Record<Lang, { file: string; facts: PdfFacts; bytes: number; ms: number }>;
  try {
    const page = await browser.newPage();
    for (const lang of LANGS) {
      const t0 = Date.now();
      const { bytes, facts } = await pdfOf(page, `${preview.url}${BASE}${lang}/print/`, lang);
      const problems = checkPdf(lang, facts, printHeadings(lang));
      if (problems.length) throw new Error(`PDF check failed:\n- ${problems.join('\n- ')}`);
      const file = join(DIST, 'pdf', `${PDF_NAME}-${lang}.pdf`);
      writeFileSync(file, bytes);
      out[lang] = { file, facts, bytes: bytes.length, ms: Date.now() - t0 };
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  // Download links on the landing page, the covers and the instructors' pages, now that the files exist.
  for (const page of ['index.html', 'en/index.html', 'zh/index.html', 'en/instructors/index.html', 'zh/instructors/index.html']) {
    const file = join(DIST, page);
    if (!existsSync(file)) continue;
    const sizes = Object.fromEntries(LANGS.map((l) => [l, statSync(join(DIST, 'pdf', `${PDF_NAME}-${l}.pdf`)).size])) as Record<Lang, number>;
    writeFileSync(file, fillPdfSlots(readFileSync(file, 'utf8'), BASE, sizes));
  }
  // Chapter pages: the Highwire tag for the full text (absolute under SITE_URL, a site path in a local build).
  for (const lang of LANGS) {
    const url = publicUrlOf(pdfPath(BASE, lang), SITE);
    for (const c of CHAPTERS) {
      const file = join(DIST, lang, c.slug, 'index.html');
      if (existsSync(file)) writeFileSync(file, addPdfMeta(readFileSync(file, 'utf8'), url));
    }
  }
  // The covers (and instructors' pages) changed: new offline lists and service-worker version (the PDFs are not part of the offline copy).
  await writeOfflineFiles(DIST, BASE);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const t0 = Date.now();
    const r = await buildPdfs();
    for (const lang of LANGS) {
      const x = r[lang];
      const cjk = x.facts.fonts.filter(isCjkFont).length;
      console.log(
        `${x.file.replace(DIST, 'dist/')}: ${x.facts.pages} pages, ${(x.bytes / 1024 / 1024).toFixed(1)} MB, ${x.facts.outline.length} bookmarks, ${x.facts.fonts.length} fonts (all embedded; ${cjk} with CJK glyphs), ${(x.ms / 1000).toFixed(1)} s`,
      );
    }
    console.log(`npm run pdf: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`npm run pdf: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
