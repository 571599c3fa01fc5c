/**
 * `npm run figures`: measures the built site (dist/, after `npm run build`; the PDFs too when
 * `npm run pdf` has made them) and writes docs/figures.md, the one dated place for the sizes
 * and counts the docs would otherwise quote by hand: the elements and HTML size of every
 * chapter page, the JavaScript the chapter pages load, the PDFs, the offline copies.
 * Measures files only: no browser, no timings. The pure part is src/lib/book/figures.ts.
 *
 *   npm run build && npm run pdf && npm run figures
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { CHAPTERS, LANGS, chapterLabel, type Lang } from '../../src/lib/book/book.ts';
import { bySegment, countElements, findElement, formatBytes, formatCount, markdownTable } from '../../src/lib/book/figures.ts';
import { listPath, type OfflineFile, type OfflineList } from '../../src/lib/book/offline.ts';
import { PDF_NAME } from '../../src/lib/book/pdf-links.ts';
import { DIST } from '../gates/site.ts';
import { gz, pageJs } from '../gates/js.ts';
import { inspectPdf, isCjkFont } from './pdf-inspect.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'docs/figures.md');
const size = (path: string) => statSync(join(DIST, path)).size;
const bytes = (path: string) => readFileSync(join(DIST, path));
/** "raw (gz)" of a set of site paths. */
const rawGz = (paths: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const p of paths) {
    const b = bytes(p);
    raw += b.length;
    gzip += gz(b);
  }
  return `${formatBytes(raw)} (${formatBytes(gzip)})`;
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

if (!existsSync(join(DIST, 'en/math/index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first');
  process.exit(1);
}

const pages = CHAPTERS.map((ch) => ch.slug);
const pagePath = (lang: Lang, slug: string) => `/${lang}/${slug}/`;
const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

function pagesTable(): string {
  const rows = [...pages, 'print'].map((slug) => {
    const ch = CHAPTERS.find((c) => c.slug === slug);
    const cells = LANGS.flatMap((lang) => {
      const html = htmlOf(pagePath(lang, slug));
      const main = findElement(fromHtml(html), 'main');
      return [main ? formatCount(countElements(main)) : '—', formatBytes(Buffer.byteLength(html)), formatBytes(gz(html))];
    });
    return [ch ? chapterLabel(ch, 'en') : 'print edition (every chapter, the source of the PDFs)', `\`/<lang>/${slug}/\``, ...cells];
  });
  const head = ['page', 'path', ...LANGS.flatMap((l) => [`${l}: elements in \`<main>\``, `${l}: HTML`, `${l}: HTML gz`])];
  return markdownTable(head, rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
}

function jsTables(): string {
  const islandPages = new Map<string, { mods: Set<string>; pages: string[] }>();
  const paths = LANGS.flatMap((lang) => [`/${lang}/`, ...pages.map((slug) => pagePath(lang, slug))]);
  const rows = paths.map((path) => {
    const js = pageJs(path, htmlOf(path));
    const islandMods = new Set<string>();
    for (const [comp, mods] of js.islands) {
      mods.forEach((m) => islandMods.add(m));
      const entry = islandPages.get(comp) ?? { mods, pages: [] };
      if (!entry.pages.includes(path)) entry.pages.push(path);
      islandPages.set(comp, entry);
    }
    return [`\`${path}\``, js.atLoad.size, rawGz(js.atLoad), formatBytes(js.inlineGz), js.islands.size, islandMods.size ? rawGz(islandMods) : '—'];
  });
  const perPage = markdownTable(
    ['page', 'modules at load', 'at load, raw (gz)', 'inline scripts gz', 'island components', 'islands add, raw (gz)'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
  const islandRows = [...islandPages]
    .sort(([a], [b]) => basename(a).localeCompare(basename(b)))
    .map(([comp, { mods, pages: on }]) => [`\`${basename(comp)}\``, rawGz([comp]), rawGz(mods), on.length, on.slice(0, 3).map((p) => `\`${p}\``).join(', ') + (on.length > 3 ? ', …' : '')]);
  const perIsland = markdownTable(['island component', 'its chunk, raw (gz)', 'with what it imports beyond the page’s scripts, raw (gz)', 'pages', 'e.g.'], islandRows, ['l', 'r', 'r', 'r', 'l']);
  const allJs = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js')).map((f) => `/_astro/${f}`);
  const digits = existsSync(join(DIST, 'digits')) ? readdirSync(join(DIST, 'digits')).map((f) => `\`${f}\` ${formatBytes(size(`digits/${f}`))} (${formatCount(size(`digits/${f}`))} bytes)`) : [];
  return [
    perPage,
    '',
    'Per island component (what hydrating one island of it loads, on a page with nothing else hydrated):',
    '',
    perIsland,
    '',
    `All of \`dist/_astro/*.js\` (every page's and worker's code, TensorFlow.js included): ${allJs.length} files, ${rawGz(allJs)}.`,
    `The digits data of the training lab (\`dist/digits/\`, gzip inside the file, fetched only when the reader chooses the digits): ${digits.join(', ') || 'none'}.`,
  ].join('\n');
}

async function pdfTable(): Promise<string> {
  const rows: string[][] = [];
  for (const lang of LANGS) {
    const file = join(DIST, 'pdf', `${PDF_NAME}-${lang}.pdf`);
    if (!existsSync(file)) return 'Not measured: run `npm run pdf` first (after `npm run build`), then `npm run figures`.';
    const buf = readFileSync(file);
    const facts = await inspectPdf(buf);
    const embedded = facts.fonts.filter((f) => f.embedded).length;
    const cjk = facts.fonts.filter(isCjkFont).length;
    rows.push([lang, formatCount(facts.pages), formatCount(facts.outline.length), `${facts.fonts.length} (${embedded} embedded, ${cjk} with CJK glyphs)`, formatBytes(buf.length), new Date(statSync(file).mtime).toISOString().slice(0, 10)]);
  }
  return markdownTable(['edition', 'A4 pages', 'bookmarks', 'fonts', 'size', 'printed on'], rows, ['l', 'r', 'r', 'l', 'r', 'l']);
}

function offlineTable(): string {
  const sum = (files: OfflineFile[]) => files.reduce((n, f) => n + f.size, 0);
  const lists = LANGS.map((lang) => JSON.parse(readFileSync(join(DIST, listPath(lang)), 'utf8')) as OfflineList);
  const rows = lists.map((list) => [list.lang, formatCount(list.files.length), formatBytes(sum(list.files)), formatCount(list.training.length), formatBytes(sum(list.training))]);
  const PARTS: Record<string, string> = { '<lang>/': "the edition's pages", '_astro/': 'scripts, styles, fonts', 'pagefind/': 'search index', 'parallel/': 'parallel views', 'go/': 'short links', '': 'landing page, favicon, links.json' };
  const parts = lists.map((list) => new Map([...bySegment(list.files)].map(([key, g]) => [key === `${list.lang}/` ? '<lang>/' : key, g])));
  const partRows = [...parts[0]!.keys()].map((key) => [
    PARTS[key] ?? key,
    `\`${key || '/'}\``,
    ...parts.flatMap((p) => [formatCount(p.get(key)?.files ?? 0), formatBytes(p.get(key)?.size ?? 0)]),
  ]);
  const sw = bytes('sw.js');
  return [
    markdownTable(['edition', 'files saved', 'their size', 'training lab files (on request)', 'their size'], rows, ['l', 'r', 'r', 'r', 'r']),
    '',
    'What they hold (by the first segment of the path; each edition saves its own pages only):',
    '',
    markdownTable(['part', 'path', ...LANGS.flatMap((l) => [`${l}: files`, `${l}: size`])], partRows, ['l', 'l', 'r', 'r', 'r', 'r']),
    '',
    `The service worker \`sw.js\`: ${formatBytes(sw.length)} (${formatBytes(gz(sw))} gz). Sizes are of the files as built, uncompressed.`,
  ].join('\n');
}

const dirty = git('status', '--porcelain', '--', '.', ':!docs/figures.md') !== '';
const out = [
  '# Figures',
  '',
  `<!-- Generated by \`npm run figures\` (e2e/tools/figures.ts); do not edit by hand. -->`,
  '',
  `Generated by \`npm run figures\` on ${new Date().toISOString().slice(0, 10)} from commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}; do not edit by hand.`,
  'To update: `npm run build && npm run pdf && npm run figures`, and commit this file. The docs link here',
  'instead of quoting sizes and counts that change with every edit. Sizes: 1 KB = 1024 bytes; "gz" is',
  'gzip at level 9 (node:zlib), as `e2e/budgets.spec.ts` measures. Timings are not measured here: they',
  'depend on the machine and stay, dated, with the run that measured them (testing.md, performance.md).',
  '',
  '## Chapter pages',
  '',
  'Elements: every element inside `<main>` of the static HTML (parsed with hast-util-from-html), what',
  '`document.querySelectorAll("main *").length` gives before any island hydrates.',
  '',
  pagesTable(),
  '',
  '## JavaScript of the edition covers and chapter pages',
  '',
  '"At load": the module scripts a page loads when it opens, with what they import statically (inline',
  'scripts apart). "Islands add": what its islands (`client:visible`, loaded when they come into view)',
  'load beyond that, with their static imports; what loads later on demand (`import()`: TensorFlow.js',
  'when the reader presses Train) is not counted. Read from `dist/` by `e2e/gates/js.ts`, as',
  '`e2e/budgets.spec.ts` does.',
  '',
  jsTables(),
  '',
  '## PDFs',
  '',
  '`dist/pdf/*.pdf`, made by `npm run pdf` (read with `e2e/tools/pdf-inspect.ts`).',
  '',
  await pdfTable(),
  '',
  '## Offline copies',
  '',
  'What saving an edition for offline reading downloads: the lists `dist/offline/<lang>.json` that the',
  'build (and `npm run pdf`) writes (src/plugins/offline-build.ts).',
  '',
  offlineTable(),
  '',
].join('\n');
writeFileSync(OUT, out);
console.log(`wrote ${OUT}`);
