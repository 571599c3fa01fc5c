/**
 * The instructors' pages and the links to them; every exercise linkable from its
 * title; headings that components render in the link inventory. Both editions.
 * Cheap on purpose: the pages are fetched as HTML (no browser page) wherever the
 * check is about markup, and one small chapter is opened for the copy-link.
 */
import { test, expect } from '@playwright/test';
import { LANGS, type Lang } from '../src/lib/book/book';
import { INSTRUCTOR_SECTIONS, INSTRUCTORS_UI, instructorSnippets } from '../src/lib/book/instructors';
import { parentSnippet } from '../src/lib/book/embed';
import { decodeInventory } from '../src/lib/book/objects-inv';
import { EX_UI } from '../src/lib/exercises/ui';
import type { LinksFile } from '../src/lib/book/inventory';

/** Text of HTML (what a reader sees), for the few entities Astro writes. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const hrefs = (html: string, attr: string) => [...html.matchAll(new RegExp(`<a\\b[^>]*\\b${attr}\\b[^>]*>`, 'g'))].map((m) => /href="([^"]+)"/.exec(m[0])![1]!.replace(/&amp;/g, '&'));

test("instructors' pages: same headings in both editions, the embed snippets, and every link to and from them resolves", async ({ request }) => {
  const pages = new Map<string, string>();
  const get = async (path: string) => {
    if (!pages.has(path)) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      pages.set(path, await r.text());
    }
    return pages.get(path)!;
  };
  const links: { from: string; href: string }[] = [];
  const landing = await get('/');
  const landingLinks = hrefs(landing, 'data-landing-link');
  for (const lang of LANGS) {
    const own = (p: string) => p.startsWith(`/${lang}/`);
    const page = await get(`/${lang}/instructors/`);
    expect(text(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(page)![0]).trim()).toBe(INSTRUCTORS_UI[lang].title);
    // Every section, with its language-neutral id and its title in this edition, in order.
    const body = page.slice(page.indexOf('<div class="instructors'), page.indexOf('<footer'));
    const headings = [...body.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ depth: Number(m[1]), id: m[2]!, title: text(m[3]!) }));
    expect(headings).toEqual(INSTRUCTOR_SECTIONS.map((s) => ({ depth: s.depth, id: s.id, title: s.title[lang] })));
    // The snippets are exactly what parentSnippet makes (the code the embed tests run), readable without JavaScript.
    const snippets = [...page.matchAll(/<pre class="instructors-snippet"[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) => text(m[1]!));
    expect(snippets).toEqual(instructorSnippets(lang, '/').map((o) => parentSnippet(o)));
    // Linked from the landing page, the cover and the footer (of the cover and of a chapter).
    expect(landingLinks).toContain(`/${lang}/instructors/`);
    const cover = await get(`/${lang}/`);
    const coverLinks = hrefs(cover, 'data-cover-link');
    expect(coverLinks).toEqual(expect.arrayContaining([`/${lang}/instructors/`, `/${lang}/exercises/`]));
    for (const path of [`/${lang}/`, `/${lang}/glossary/`]) expect(hrefs(await get(path), 'data-footer-instructors'), path).toEqual([`/${lang}/instructors/`]);
    links.push(...coverLinks.map((href) => ({ from: `/${lang}/`, href })));
    links.push(...hrefs(body, 'href').filter((h) => h.startsWith('/') && !h.startsWith('//')).map((href) => ({ from: `/${lang}/instructors/`, href })));
    expect(landingLinks.filter(own).length, 'the landing page links each edition').toBeGreaterThanOrEqual(6);
  }
  links.push(...landingLinks.map((href) => ({ from: '/', href })));
  // Every link resolves; a fragment names an element of its page (the labs, the bibliography, the cover's offline section).
  const broken: string[] = [];
  const seen = new Set<string>();
  for (const { from, href } of links) {
    if (seen.has(href)) continue;
    seen.add(href);
    const [path, fragment] = href.split('#') as [string, string | undefined];
    const r = await request.get(path);
    if (r.status() !== 200) broken.push(`${from}: ${href} → ${r.status()}`);
    else if (fragment && path.endsWith('/') && !(await r.text()).includes(` id="${fragment}"`)) broken.push(`${from}: ${href} → no #${fragment}`);
  }
  expect(broken).toEqual([]);
  expect(links.some((l) => l.href.endsWith('/practice/#example-training'))).toBe(true);
  expect(links.some((l) => l.href.endsWith('/math/#example-optimizer-playground'))).toBe(true);
});

test('every exercise title has the copy-link, Embed and Cite controls; the copy-link copies #ex-<c>-<n> with the seed', async ({ request, page, context, baseURL }) => {
  for (const lang of LANGS) {
    const html = await (await request.get(`/${lang}/math/`)).text();
    const head = /<div class="exercise-head sl-heading-wrapper">([\s\S]*?)<\/div>/.exec(html.slice(html.indexOf('data-exercise="ex-4-2"')))![1]!;
    expect(head).toContain('<h3 class="exercise-title" id="ex-4-2">');
    expect(head).toMatch(/<a class="sl-anchor-link exercise-anchor" href="#ex-4-2"/);
    expect(text(/<span class="sr-only">([^<]*)<\/span>/.exec(head)![1]!)).toBe(EX_UI[lang].copyLink(`${EX_UI[lang].exercise} 4.2`));
    expect(head).toMatch(new RegExp(`<a class="exercise-embed" href="/${lang}/embed/exercise/ex-4-2/"`));
    expect(head).toMatch(/<button type="button" class="cite-btn" aria-expanded="false" aria-describedby="ex-4-2"/);
    // Every exercise of the chapter, not just one; the id is on the title (nothing else on the page has it).
    const exercises = [...html.matchAll(/data-exercise="(ex-4-\d+)"/g)].map((m) => m[1]!);
    expect(exercises.length).toBeGreaterThan(3);
    for (const id of exercises) {
      expect(html.split(` id="${id}"`).length - 1, id).toBe(1);
      expect(html).toContain(`href="#${id}"`);
    }
  }
  // In a browser, on the shortest chapter with exercises: the button copies the address with the page's seed, and Embed carries the seed.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/zh/background/?ex.seed=7');
  const anchor = page.locator('.exercise-head > a.sl-anchor-link[href="#ex-1-1"]');
  await expect(anchor).toHaveAccessibleName(EX_UI.zh.copyLink(`${EX_UI.zh.exercise} 1.1`));
  await anchor.click();
  await expect(page.locator('.copy-status')).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/background/?ex.seed=7#ex-1-1`);
  await expect(page).toHaveURL(`${baseURL}/zh/background/?ex.seed=7#ex-1-1`);
  const embed = page.locator('.exercise-head:has(#ex-1-1) > a.exercise-embed');
  await expect(embed).toHaveAccessibleName(`${EX_UI.zh.embed} ${EX_UI.zh.exercise} 1.1`);
  await embed.hover();
  await expect(embed).toHaveAttribute('href', `${baseURL}/zh/embed/exercise/ex-1-1/?ex.seed=7`);
});

test('the headings components render (the bibliography groups) are in /links.json, objects.inv and /go/', async ({ request }) => {
  const file = (await (await request.get('/links.json')).json()) as LinksFile;
  const groups = file.targets.filter((t) => t.id.startsWith('ref-group-'));
  expect(groups.map((g) => g.id)).toContain('ref-group-book');
  const book = groups.find((g) => g.id === 'ref-group-book')!;
  expect(book).toMatchObject({ kind: 'heading', chapter: 'references', number: null, title: { en: 'Books and monographs', zh: '书籍与专著' } });
  for (const lang of LANGS as readonly Lang[]) {
    expect(book.url[lang]).toMatch(new RegExp(`/${lang}/references/#ref-group-book$`));
    const inv = decodeInventory(new Uint8Array(await (await request.get(`/${lang}/objects.inv`)).body()));
    expect(inv.items.find((i) => i.name === 'ref-group-book')).toMatchObject({ uri: 'references/#ref-group-book', dispname: book.title[lang] });
  }
  expect((await request.get('/go/ref-group-book/')).status()).toBe(200);
});
