/**
 * The reading plugins on real MDX: numbered, named equations; the sections'
 * language switch; heading link names in the page language; base-path links.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { remarkHeadingIds } from './heading-ids';
import { remarkEquationNames, rehypeEquationNumbers } from './equations';
import { rehypeHeadingControls, rehypeBaseLinks } from './section-links';
import { rehypeSections, YIELD_EVERY, YIELD_POINT_TYPE } from './sections';
import { splitSections } from '../lib/book/parallel';
import { estimateSection, estimateStyle } from '../lib/book/section-estimate';

/** What Starlight's heading-link plugin does (wrapper + link with an English label). */
function fakeStarlightAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element, i, parent) => {
      if (!/^h[2-4]$/.test(el.tagName) || !parent || i === undefined) return;
      parent.children[i] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['sl-heading-wrapper', `level-${el.tagName}`] },
        children: [
          el,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['sl-anchor-link'], href: `#${String(el.properties.id)}` },
            children: [{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Section titled' }] }],
          },
        ],
      };
      return SKIP;
    });
  };
}

async function render(src: string, path = '/book/content/zh/math.mdx', base = '/') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkHeadingIds)
    .use(remarkEquationNames)
    .use(remarkRehype, { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeEquationNumbers)
    .use(rehypeKatex)
    .use(rehypeBaseLinks, { base })
    .use(rehypeSections)
    .use(fakeStarlightAnchors)
    .use(rehypeHeadingControls, { base })
    .use(rehypeStringify)
    .process({ value: src, path });
  return String(file);
}

const eq = (name: string | null, tex = 'x^2') => `${name ? `{/*eq:${name}*/}\n` : ''}$$\n${tex}\n$$\n`;

describe('numbered equations', () => {
  it('numbers display equations per chapter; named ones get eq-<name>, others eq-<chapter>-<k>', async () => {
    const html = await render(`## 损失 {/*loss*/}\n\n${eq('mse')}\ntext\n\n${eq(null)}`);
    expect(html).toMatch(/<div class="equation" id="eq-mse" data-equation="4\.1"><span class="katex-display">/);
    expect(html).toContain('<a class="eq-number" href="#eq-mse" aria-label="公式 (4.1)">(4.1)</a>');
    expect(html).toContain('id="eq-4-2" data-equation="4.2"');
    expect(html).not.toContain('eq:mse');
  });
  it('labels the number in the page language; appendices count without a chapter', async () => {
    const html = await render(eq('x'), '/book/content/en/errata.mdx');
    expect(html).toContain('aria-label="Equation (1)">(1)</a>');
  });
  it('fills an empty link to an equation with its number', async () => {
    const html = await render(`${eq('mse')}\nSee [](#eq-mse).\n`);
    expect(html).toContain('<a href="#eq-mse" class="eq-ref">(4.1)</a>');
  });
  it('fails on a bad or duplicate name, a name not followed by math, a link to no equation', async () => {
    await expect(render(eq('Mse'))).rejects.toThrow(/content\/zh\/math\.mdx: equation name "Mse" must be lower-case/);
    await expect(render(`${eq('a')}\n${eq('a')}`)).rejects.toThrow(/equation name "a" is used twice/);
    await expect(render('{/*eq:a*/}\n\ntext\n')).rejects.toThrow(/\{\/\*eq:a\*\/\} must be followed directly by a display equation/);
    await expect(render(`${eq('a')}\n[](#eq-b)\n`)).rejects.toThrow(/link to equation "eq-b", which this page does not have/);
  });
});

describe('section language switch and heading links', () => {
  it('adds a link to the same section of the other edition after the copy-link button of each h2 and h3', async () => {
    const html = await render('## 损失函数 {/*loss-functions*/}\n\n### 均方误差 {/*mse*/}\n\n#### 细节 {/*detail*/}\n');
    expect(html).toContain(
      '</a><a class="section-lang-link" href="/en/math/#loss-functions" hreflang="en" data-lang="en" data-pagefind-ignore=""><span lang="en">English</span><span class="sr-only">：本节英文版</span></a></div>',
    );
    expect(html).toContain('<a class="section-lang-link" href="/en/math/#mse"');
    expect(html.match(/section-lang-link/g)).toHaveLength(2); // h2 and h3, not h4
  });
  it('respects the base path', async () => {
    const html = await render('## Loss {/*loss*/}\n\n[errata](/en/errata/#arithmetic)\n', '/book/content/en/math.mdx', '/book/');
    expect(html).toContain('href="/book/zh/math/#loss"');
    expect(html).toContain('<a href="/book/en/errata/#arithmetic">errata</a>');
  });
  it('names heading links in the page language', async () => {
    expect(await render('## 损失函数 {/*loss*/}\n')).toContain('<span class="sr-only">复制“4.1 损失函数”一节的链接</span>');
    expect(await render('## Loss {/*loss*/}\n', '/book/content/en/math.mdx')).toContain(
      '<span class="sr-only">Copy link to section “4.1 Loss”</span>',
    );
  });
});

/** The hast tree after the sections plugin (MDX nodes kept: rehype-stringify cannot print them). */
async function sectionedTree(value: string, path = '/book/content/en/math.mdx'): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkHeadingIds)
    .use(remarkRehype, { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeKatex)
    .use(rehypeSections);
  return (await processor.run(processor.parse({ value, path }), { path })) as Root;
}

describe('chapter sections', () => {
  const body = `Intro with $x$.

## 损失函数 {/*loss*/}

Text.

### 均方误差 {/*mse*/}

More.

## 优化器 {/*optimizers*/}

${eq('gd')}
`;
  // With an MDX import and an MDX element (which rehype-stringify cannot print: checked on the tree).
  const src = `import { Value } from '../components/Value.astro';\n\n${body}\n<Value example="mse" />\n`;
  it('wraps each h2 and what follows it, up to the next h2, in <section class="book-section">; the intro stays outside', async () => {
    const html = await render(body);
    expect(html.match(/<section class="book-section" data-section="[^"]+"/g)).toEqual([
      '<section class="book-section" data-section="loss"',
      '<section class="book-section" data-section="optimizers"',
    ]);
    expect(html.indexOf('Intro')).toBeLessThan(html.indexOf('<section'));
    const loss = html.slice(html.indexOf('data-section="loss"'), html.indexOf('data-section="optimizers"'));
    expect(loss).toContain('<h2 id="loss">');
    expect(loss).toContain('section-lang-link');
    expect(loss).toMatch(/<section class="book-subsection" data-section="mse"( style="[^"]*")?>(<div[^>]*>)?<h3 id="mse">/);
    expect(loss.indexOf('Text.')).toBeLessThan(loss.indexOf('book-subsection')); // the h2's own text stays before it
    expect(html.match(/<\/section>/g)).toHaveLength(3);
  });
  it('keeps MDX imports at the top level and leaves non-chapter files alone', async () => {
    const tree = await sectionedTree(src);
    expect(tree.children.map((c) => (c.type === 'element' ? `${c.tagName}.${String(c.properties.dataSection ?? '')}` : c.type)).filter((t) => t !== 'text')).toEqual([
      'mdxjsEsm',
      'p.',
      'script.',
      'section.loss',
      'script.',
      'section.optimizers',
    ]);
    const last = tree.children.at(-1) as Element;
    expect(last.children.some((c) => c.type === 'mdxJsxFlowElement')).toBe(true);
    expect(last.properties.className).toEqual(['book-section']); // <Value> is not an example
  });
  it('marks the sections and subsections that hold an island with static form controls (the training lab), not the other examples', async () => {
    const src2 = '## A {/*a*/}\n\n### B {/*b*/}\n\n<TrainingExample />\n\n### C {/*c*/}\n\ntext\n\n## D {/*d*/}\n\n<OptimizerPlayground />\n\n<Example name="mse" />\n\n<Exercises chapter="math" />\n\n## E {/*e*/}\n\ntext\n';
    const tree = await sectionedTree(src2);
    const classes: Record<string, string> = {};
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'section') classes[String(el.properties.dataSection)] = ([] as string[]).concat(el.properties.className as string[]).join(' ');
    });
    expect(classes).toEqual({
      a: 'book-section has-example',
      b: 'book-subsection has-example',
      c: 'book-subsection',
      d: 'book-section',
      e: 'book-section',
    });
    const other = await sectionedTree('## A\n\ntext\n', '/book/src/pages/x.mdx');
    expect(other.children.some((c) => c.type === 'element' && c.tagName === 'section')).toBe(false);
  });
  it('marks heavy blocks inside sections (formulas), never one holding a glossary term, nor the intro', async () => {
    const formula = '$\\frac{a}{b} + \\sum_i x_i^2$';
    const html = await render(`${formula}\n\n## A {/*a*/}\n\nplain words\n\n${formula}\n\n- ${formula}\n`);
    expect(html.match(/class="book-block"/g)).toHaveLength(2); // the paragraph and the list in the section
    expect(html.indexOf('book-block')).toBeGreaterThan(html.indexOf('data-section="a"'));
    expect(html).toContain('<p>plain words</p>');
    const withTerm = await sectionedTree(`## A {/*a*/}\n\n<Term id="x">x</Term> and ${formula}\n`);
    const p = ((withTerm.children[0] as Element).children as Element[]).find((c) => c.tagName === 'p')!;
    expect(p.properties.className).toBeUndefined();
  });
  it('puts a parser yield point (an empty data block) before each section, subsection and heavy component, never as a first or last child', async () => {
    const src3 = '## A {/*a*/}\n\ntext\n\n<Example name="mse" />\n\n### B {/*b*/}\n\n<Exercises chapter="math" />\n\n<Value example="mse" />\n\n## C {/*c*/}\n\ntext\n';
    const tree = await sectionedTree(src3);
    const seq = (nodes: Root['children'] | Element['children']): string[] =>
      nodes.flatMap((c) =>
        c.type === 'element' && c.tagName === 'script'
          ? [`yield:${String(c.properties.type)}`]
          : c.type === 'element' && c.tagName === 'section'
            ? [`section.${String(c.properties.dataSection)}[${seq(c.children).join(' ')}]`]
            : c.type === 'element'
              ? [c.tagName]
              : c.type === 'mdxJsxFlowElement'
                ? [String(c.name)]
                : [],
      );
    const y = `yield:${YIELD_POINT_TYPE}`;
    // The first section is the first child here: no yield point before it (its :first-child margin stays).
    expect(seq(tree.children)).toEqual([
      `section.a[h2 p ${y} Example ${y} section.b[h3 ${y} Exercises Value]]`,
      y,
      'section.c[h2 p]',
    ]);
    expect(YIELD_POINT_TYPE).not.toMatch(/script|module|json/); // a data block: never run, never hashed into the CSP
    const html = await render(`Intro.\n\n${body}`);
    expect(html.match(new RegExp(`<script type="${YIELD_POINT_TYPE.replace('/', '\\/')}"></script>`, 'g'))).toHaveLength(3);
    // Between blocks too: never more than YIELD_EVERY elements between two, unless one block is bigger.
    const long = await render(`## A {/*a*/}\n\n${Array.from({ length: 40 }, (_, i) => `Step ${i}: $\\frac{a_${i}}{b} + \\sum_j x_j^2$`).join('\n\n')}\n`);
    const runs = long.slice(long.indexOf('<section')).split(`<script type="${YIELD_POINT_TYPE}"></script>`);
    expect(runs.length).toBeGreaterThan(3);
    for (const r of runs.slice(1)) expect((r.match(/<[a-z]/g) ?? []).length).toBeLessThanOrEqual(YIELD_EVERY);
    expect((runs[0]!.match(/<[a-z]/g) ?? []).length).toBeLessThanOrEqual(YIELD_EVERY + 10); // + the section and its heading
    // The parallel view drops them: each piece is a whole section.
    for (const p of splitSections(html)) expect(p.html).not.toContain(YIELD_POINT_TYPE);
  });
  it('the parallel view splits a sectioned chapter at each h2 and each h3 subsection, in balanced pieces', async () => {
    const parts = splitSections(await render(body));
    expect(parts.map((p) => `${p.level}:${p.id}`)).toEqual(['1:intro', '2:loss', '3:mse', '2:optimizers']);
    expect(parts[1]!.html).toMatch(/^<div class="sl-heading-wrapper level-h2"><h2 id="loss">/);
    expect(parts[2]!.html.trim()).toMatch(/^<section class="book-subsection" data-section="mse"( style="[^"]*")?>[\s\S]*<\/section>$/);
    for (const p of parts) expect(p.html.split('<section').length).toBe(p.html.split('</section>').length);
  });
  it('gives every section and subsection its own estimated heights, computed from its content, in its own edition', async () => {
    const words = 'A sentence of ordinary words that fills a part of a line. '.repeat(24);
    const src = `## A {/*a*/}\n\nShort.\n\n### B {/*b*/}\n\n${words}\n\n## C {/*c*/}\n\n${words}\n\n${words}\n\n## D {/*d*/}\n\n<Exercises chapter="math" />\n`;
    const figures = async (path: string) => {
      const out: Record<string, { phone: number; desktop: number; section: Element }> = {};
      visit(await sectionedTree(src, path), 'element', (el: Element) => {
        if (el.tagName !== 'section') return;
        const m = /^--est-phone:(\d+)px;--est-desktop:(\d+)px$/.exec(String(el.properties.style));
        expect(m, String(el.properties.dataSection)).not.toBeNull();
        out[String(el.properties.dataSection)] = { phone: Number(m![1]), desktop: Number(m![2]), section: el };
      });
      return out;
    };
    const en = await figures('/book/content/en/math.mdx');
    expect(Object.keys(en)).toEqual(['a', 'b', 'c', 'd']); // every section and subsection
    // A subsection has its own figure (not its section's, which holds it and more); more text, taller; a phone's column, taller.
    expect(en.a!.phone).toBeGreaterThan(en.b!.phone);
    expect(en.c!.phone).toBeGreaterThan(en.b!.phone);
    for (const id of ['a', 'b', 'c', 'd']) expect(en[id]!.phone).toBeGreaterThan(en[id]!.desktop);
    // The estimator's figures for the section as the plugin made it.
    expect(en.b!.section.properties.style).toBe(estimateStyle(estimateSection(en.b!.section, 'en')));
    // The exercises of chapter 4 in each edition's own words.
    const zh = await figures('/book/content/zh/math.mdx');
    expect([zh.d!.phone, zh.d!.desktop]).not.toEqual([en.d!.phone, en.d!.desktop]);
    // In the HTML, on the section element.
    expect(await render('## A {/*a*/}\n\nShort.\n', '/book/content/en/math.mdx')).toMatch(/<section class="book-section" data-section="a" style="--est-phone:\d+px;--est-desktop:\d+px">/);
  });
});
