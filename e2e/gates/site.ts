/** The built site, read from dist/: its pages and their static HTML. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === '_astro' || name === 'pagefind') continue;
      out.push(...walk(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Site paths of every built page ("/en/math/", "/404.html", …). */
export function allPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return walk(DIST)
    .map((f) => '/' + relative(DIST, f).replace(/\\/g, '/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * The pages the browser gates visit: every page, except that of the many
 * one-line `/go/<id>/` redirect pages (all alike, generated from one template)
 * only a sample is visited; the link checker still reads all of them.
 */
export function gatedPages(): string[] {
  const pages = allPages();
  const go = pages.filter((p) => p.startsWith('/go/'));
  // The print editions (/en/print/, /zh/print/: every chapter in one page, the source of the PDFs)
  // are the chapters' own HTML, each gated on its page; axe over the whole book in one page did not
  // finish within the test timeout on the shared machine. The link checker still reads them.
  const print = /^\/(en|zh)\/print\/$/;
  // The exercises' embeds (/<lang>/embed/exercise/<id>/: one page per exercise and language, from one
  // template) are sampled like the short links: every 11th, and ex-4-2, of each language; the link
  // checker still reads all of them, and e2e/exercises.spec.ts uses an embed for real.
  const exEmbed = /^\/(en|zh)\/embed\/exercise\/([^/]+)\/$/;
  const embeds = pages.filter((p) => exEmbed.test(p));
  const sampled = embeds.filter((p, i) => i % 11 === 0 || p.endsWith('/ex-4-2/'));
  // Parallel views (/parallel/<slug>/: both editions of a chapter side by side, one template) are
  // sampled too: the chapters' own pages are gated in each edition, and these four cover what the
  // template meets (equations, islands and exercises; code; the glossary's lists; a plain chapter).
  // Equations, islands and exercises come from chapter 3 (algorithms), not chapter 4: its parallel
  // view holds the same kinds of blocks, and chapter 4's took 82 s, the longest page of the gates.
  // e2e/reading.spec.ts checks every parallel view's pairing and languages.
  const parallel = /^\/parallel\/([^/]+)\/$/;
  const PARALLEL_GATED = new Set(['algorithms', 'practice', 'glossary', 'background']);
  // Example embeds (/<lang>/embed/<example>/: one template around an example's island) are sampled
  // too, one per edition: every example is gated hydrated on its chapter page (both editions), and
  // e2e/examples-new.spec.ts, calculators.spec.ts and embeds.spec.ts use the embeds for real.
  const exampleEmbed = /^\/(en|zh)\/embed\/(?!exercise\/)[^/]+\/$/;
  const EXAMPLE_EMBEDS_GATED = new Set(['/en/embed/adam/', '/zh/embed/sampling/']);
  const rest = pages.filter(
    (p) =>
      !p.startsWith('/go/') &&
      !print.test(p) &&
      !exEmbed.test(p) &&
      (!exampleEmbed.test(p) || EXAMPLE_EMBEDS_GATED.has(p)) &&
      (!parallel.test(p) || PARALLEL_GATED.has(parallel.exec(p)![1]!)),
  );
  // Short links: one template, so two of them. With JavaScript a short link goes on to its chapter at the
  // target, where every section is rendered (html.at-target) and axe reads the whole chapter again; the two
  // sampled are the ones whose chapters are the smallest (chapter 4 took 55 s of the gates' time).
  const targetSize = (p: string) => {
    const href = /<a href="([^"#]*)[^"]*"[^>]*data-go-lang="en"/.exec(htmlOf(p))?.[1];
    return href ? htmlOf(href).length : Infinity;
  };
  const shortLinks = go.map((p) => ({ p, size: targetSize(p) })).sort((a, b) => a.size - b.size || a.p.localeCompare(b.p));
  return [...rest, ...sampled, ...shortLinks.slice(0, 2).map((x) => x.p)];
}

export function htmlOf(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * The pages on which the browser-only passes run: the dark theme's colour rules, and the page
 * without JavaScript in a browser (what the CSS shows; the static HTML itself is checked on every
 * page, e2e/gates/static.ts). One page of each template (landing, 404, short link, parallel view,
 * an example's and an exercise's embed), and of the editions' pages those that hold every kind of
 * block: equations, examples and exercises (chapters 3 and 4), code (chapter 9), terms, errata,
 * references, the exercise sheets, the progress page and the reading-list builder, in both languages. A gate test checks
 * that together they use every class name any page uses in its <main>; a page with a new kind of
 * block fails it until the page, or another that has that block, joins the sample.
 */
const SAMPLE = [
  '/',
  '/404.html',
  '/en/',
  '/zh/changes/',
  '/parallel/algorithms/',
  '/en/embed/adam/',
  '/zh/embed/exercise/ex-4-2/',
  '/en/math/',
  '/zh/algorithms/',
  '/en/practice/',
  '/zh/glossary/',
  '/en/errata/',
  '/zh/references/',
  '/en/exercises/solutions/',
  '/zh/exercises/',
  '/en/progress/',
  '/en/course/',
  '/zh/instructors/',
  '/zh/society/',
  '/en/core-concepts/',
];

/** The browser sample among the gated pages: SAMPLE, and the first short link the gates visit. */
export function browserSample(gated: string[]): string[] {
  return [...SAMPLE, ...gated.filter((p) => p.startsWith('/go/')).slice(0, 1)];
}
