import { describe, expect, it } from 'vitest';
import { absolutizeLinks, alignSections, dedupeAssets, inertIslands, prefixIds, splitSections, staticControls, stripScripts } from './parallel';

const page = (intro: string, ...ids: string[]) =>
  intro +
  ids
    .map(
      (id) =>
        `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2><a class="sl-anchor-link" href="#${id}">#</a></div><p>text ${id}</p>` +
        `<div class="sl-heading-wrapper level-h3"><h3 id="${id}-sub">sub</h3></div><p>more</p>`,
    )
    .join('');

describe('splitSections', () => {
  it('splits at each h2 and keeps h3 inside their section', () => {
    const s = splitSections(page('<p>intro</p>', 'a', 'b'));
    expect(s.map((x) => x.id)).toEqual(['intro', 'a', 'b']);
    expect(s[0]!.html).toBe('<p>intro</p>');
    expect(s[1]!.html).toContain('<h3 id="a-sub">');
    expect(s[1]!.html).not.toContain('id="b"');
    expect(s.map((x) => x.html).join('')).toBe(page('<p>intro</p>', 'a', 'b'));
  });
  it('splits at the chapter sections when present: at each h2 and at each h3 subsection (one whole <section>)', () => {
    const h2 = (id: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2></div><p>text ${id}</p>`;
    const sub = (id: string, cls = '') => `<section class="book-subsection${cls}" data-section="${id}"><div class="sl-heading-wrapper level-h3"><h3 id="${id}">${id}</h3></div><p>more ${id}</p></section>`;
    const html =
      '<p>intro</p>' +
      `<section class="book-section" data-section="a">${h2('a')}${sub('a1')}\n${sub('a2', ' has-example')}</section>\n` +
      `<section class="book-section has-example" data-section="b">${h2('b')}</section>`;
    const s = splitSections(html);
    expect(s.map((x) => `${x.level}:${x.id}`)).toEqual(['1:intro', '2:a', '3:a1', '3:a2', '2:b']);
    expect(s[0]!.html).toBe('<p>intro</p>');
    expect(s[1]!.html).toBe(h2('a'));
    expect(s[2]!.html).toBe(`${sub('a1')}\n`);
    expect(s[3]!.html).toBe(`${sub('a2', ' has-example')}\n`);
    expect(s[4]!.html).toBe(h2('b'));
    // Every piece is balanced HTML: as many <section as </section>.
    for (const x of s) expect(x.html.split('<section').length).toBe(x.html.split('</section>').length);
  });
  it('handles bare h2 and a page without h2', () => {
    expect(splitSections('<p>x</p><h2 id="q">Q</h2><p>y</p>').map((x) => x.id)).toEqual(['intro', 'q']);
    expect(splitSections('<p>only</p>')).toEqual([{ id: 'intro', html: '<p>only</p>', level: 1 }]);
  });
});

describe('prefixIds', () => {
  it('prefixes ids and same-page references, not other links', () => {
    const html =
      '<h2 id="mse">M</h2><a href="#mse">#</a><a href="/en/glossary/#term-mse" aria-describedby="tip-1 tip-2">t</a>' +
      '<label for="f1">x</label><input id="f1"><span id="tip-1"></span>';
    expect(prefixIds(html, 'zh')).toBe(
      '<h2 id="zh-mse">M</h2><a href="#zh-mse">#</a><a href="/en/glossary/#term-mse" aria-describedby="zh-tip-1 zh-tip-2">t</a>' +
        '<label for="zh-f1">x</label><input id="zh-f1"><span id="zh-tip-1"></span>',
    );
  });
  it('does not touch data-section or other attributes', () => {
    expect(prefixIds('<div data-id="x" data-section="y">', 'en')).toBe('<div data-id="x" data-section="y">');
  });
});

describe('stripScripts and alignSections', () => {
  it('removes scripts, keeps the rest and the code blocks\' copy script', () => {
    expect(stripScripts('<p>a</p><script type="module">x()</script><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(stripScripts('<script src="/_astro/island.js"></script>')).toBe('');
    const ec = '<script type="module" src="/_astro/ec.0vx5m.js"></script>';
    expect(stripScripts(ec)).toBe(ec);
  });
  it('drops repeated stylesheets and scripts', () => {
    const seen = new Set<string>();
    const css = '<link rel="stylesheet" href="/_astro/ec.css"/>';
    expect(dedupeAssets(`${css}<p>x</p>`, seen)).toBe(`${css}<p>x</p>`);
    expect(dedupeAssets(`${css}<p>y</p>`, seen)).toBe('<p>y</p>');
  });
  it('pairs sections by id and refuses different ids', () => {
    const zh = splitSections(page('', 'a', 'b'));
    const en = splitSections(page('', 'a', 'b'));
    expect(alignSections(zh, en).map((p) => p.id)).toEqual(['intro', 'a', 'b']);
    expect(() => alignSections(zh, splitSections(page('', 'a')), 'math')).toThrow('math: the editions');
  });
});

describe('staticControls', () => {
  it('makes fields read-only and buttons disabled, but not the code copy button', () => {
    expect(staticControls('<input id="a"><select id="b"></select><button type="button">Reset</button>')).toBe(
      '<input readonly id="a"><select disabled id="b"></select><button disabled type="button">Reset</button>',
    );
    expect(staticControls('<div class="copy"><button title="Copy" data-code="x">')).toBe('<div class="copy"><button title="Copy" data-code="x">');
  });
});

describe('inertIslands', () => {
  it('turns islands into plain blocks without their source path and props', () => {
    expect(inertIslands('<astro-island uid="x" component-url="/src/islands/C.tsx" props="{}" ssr><p>42</p></astro-island>')).toBe(
      '<div class="static-island"><p>42</p></div>',
    );
  });
});

describe('absolutizeLinks', () => {
  it('resolves relative links against the chapter page, leaves the others', () => {
    expect(absolutizeLinks('<a href="../errata/#x">e</a><a href="glossary/">g</a>', '/book/en/resources/')).toBe(
      '<a href="/book/en/errata/#x">e</a><a href="/book/en/resources/glossary/">g</a>',
    );
    const same = '<a href="/en/math/">a</a><a href="#mse">b</a><a href="https://arxiv.org/">c</a><a href="mailto:x@y">d</a><a href="?q=1">e</a>';
    expect(absolutizeLinks(same, '/en/x/')).toBe(same);
  });
});
