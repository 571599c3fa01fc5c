import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import type { Element, ElementContent, Root } from 'hast';
import {
  addEstimates,
  charEm,
  COLUMN,
  componentHeight,
  EM,
  estimate,
  estimateSection,
  estimateStyle,
  EXAMPLE_DEFAULT,
  EXAMPLE_HEIGHTS,
  exerciseHeight,
  inlineHeight,
  LINE,
  MARGIN,
  SAFETY,
  sectionHeight,
  shortEstimates,
  STEP,
  textEm,
  textHeight,
  VIEWPORTS,
  WIDTHS,
} from './section-estimate';
import { EXERCISES } from '../../data/exercises';

/** Markdown/MDX to hast, as the site's pipeline gives it to the sections plugin (headings, math, MDX kept). */
async function hast(src: string): Promise<Root> {
  const p = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkRehype, { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] })
    .use(rehypeKatex);
  return (await p.run(p.parse(src))) as Root;
}

/** A section element around the hast of `src` (as src/plugins/sections.ts makes them). */
async function section(src: string, cls = 'book-section'): Promise<Element> {
  const tree = await hast(src);
  return { type: 'element', tagName: 'section', properties: { className: [cls], dataSection: 'x' }, children: tree.children as ElementContent[] };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const strong = (value: string): ElementContent => ({ type: 'element', tagName: 'strong', properties: {}, children: [text(value)] });

describe('text widths', () => {
  it('counts a CJK character one em, Latin text by class, and every non-ASCII character one em in Chinese text', () => {
    expect(charEm('模', 'en')).toBe(1);
    expect(charEm('模', 'zh')).toBe(1);
    expect(charEm('a', 'en')).toBe(EM.latin);
    expect(charEm('i', 'en')).toBe(EM.narrow);
    expect(charEm('M', 'en')).toBe(EM.wider);
    expect(charEm('“', 'en')).toBe(EM.narrow);
    expect(charEm('“', 'zh')).toBe(1); // full-width in a Chinese font
    expect(textEm('基础模型', 'zh')).toBe(4);
    expect(textEm('foundation model', 'en')).toBeGreaterThan(16 * 0.5); // about half an em per character, spaces narrower
    expect(textEm('foundation model', 'en')).toBeLessThan(16 * 0.6);
  });
});

describe('line breaking (cases measured in Chromium, 2026-12-06)', () => {
  it('a Chinese list item that fills its last line exactly still wraps (592 px: 3 lines)', () => {
    const li = [strong('可适配。'), text(' 基础模型很少被原样使用。它是一个起点，需要针对具体任务加以适配，例如在一个小规模的标注数据集上进行微调，或者干脆在提示词里把任务描述清楚。')];
    expect(inlineHeight(li, 592, 'zh')).toBe(3 * LINE);
  });
  it('a glossary definition at 297 px: 4 lines', () => {
    expect(textHeight('语言模型在一段文本上的平均下一个词元交叉熵的指数，即模型给正确词元的概率的几何平均值的倒数。越低越好，1 为完美。', 297, 'zh')).toBe(4 * LINE);
  });
  it('a citation is never broken (`.cite { white-space: nowrap }`): it moves to the next line whole', () => {
    const cite = (id: string): ElementContent => ({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] });
    // 18 characters and a space leave 40 px: less than the citation, which then takes a line of its own.
    const para = [text('输出误当成对意义的理解输出误当成对意义的理 '), cite('bender-koller-2020'), text('。')];
    expect(inlineHeight(para, 328, 'zh')).toBe(2 * LINE);
    expect(inlineHeight([text('输出误当成对意义的理解输出误当成对意义的理 '), text('(Bender 和 Koller，2020)。')], 328, 'zh')).toBe(2 * LINE);
  });
  it('more text, more lines; a narrower column, more lines', () => {
    const short = textHeight('word '.repeat(20), COLUMN.desktop, 'en');
    expect(textHeight('word '.repeat(200), COLUMN.desktop, 'en')).toBeGreaterThan(short);
    expect(textHeight('word '.repeat(200), COLUMN.phone, 'en')).toBeGreaterThan(textHeight('word '.repeat(200), COLUMN.desktop, 'en'));
  });
  it('a line with a tall inline formula is taller than a plain one', async () => {
    const p = (await hast('Here $\\frac{a}{b}$ is.')).children.find((c): c is Element => c.type === 'element')!;
    expect(inlineHeight(p.children, COLUMN.desktop, 'en')).toBeGreaterThan(LINE);
  });
});

describe('blocks', () => {
  const h = async (src: string, width: 'phone' | 'desktop' = 'desktop') => sectionHeight(await section(src), { lang: 'en', width });
  it('stacks blocks with 1rem between them', async () => {
    expect(await h('One.')).toBe(LINE); // the first block of a section: no space above it
    expect(await h('One.\n\nTwo.')).toBe(2 * LINE + 16);
  });
  it('a display equation is as tall as its struts say', async () => {
    expect(await h('$$\n\\sum_{i=1}^{n}\\frac{a_i}{b_i}\n$$')).toBeGreaterThan(await h('$$\nx\n$$'));
    expect(await h('$$\n\\begin{aligned}a &= b\\\\ c &= d\\\\ e &= f\\end{aligned}\n$$')).toBeGreaterThan(3 * LINE);
  });
  it('lists by their items, code blocks by their lines, tables by their rows', async () => {
    expect(await h('- a\n- b\n- c')).toBeGreaterThan(await h('- a\n- b'));
    expect(await h('```\n1\n2\n3\n4\n5\n6\n```')).toBeGreaterThan(await h('```\n1\n```'));
    // (Tables are GFM, which the site's pipeline parses: built here as hast.)
    const cell = (tag: string, value: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [text(value)] });
    const row = (tag: string, a: string, b: string): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: [cell(tag, a), cell(tag, b)] });
    const table = (rows: number): Element => ({
      type: 'element',
      tagName: 'section',
      properties: {},
      children: [{ type: 'element', tagName: 'table', properties: {}, children: [row('th', 'a', 'b'), ...Array.from({ length: rows }, () => row('td', 'some words in a cell', 'more words '.repeat(8)))] }],
    });
    const t = (rows: number, width: 'phone' | 'desktop' = 'desktop') => sectionHeight(table(rows), { lang: 'en', width });
    expect(t(5)).toBeGreaterThan(t(1));
    expect(t(5, 'phone')).toBeGreaterThan(t(5));
  });
  it('headings: a long one takes two lines on a phone', async () => {
    expect(await h('## A heading of many words that a phone cannot hold on one line', 'phone')).toBeGreaterThan(await h('## Short', 'phone'));
  });
  it('a section includes its subsections, each with the space above it', async () => {
    const sub = await section('### B\n\nSome text.', 'book-subsection');
    const parent = await section('## A\n\nIntro.');
    parent.children.push(sub);
    for (const width of WIDTHS) {
      const ctx = { lang: 'en' as const, width };
      expect(sectionHeight(parent, ctx)).toBeGreaterThan(sectionHeight(sub, ctx) + 36);
    }
  });
});

describe('MDX components', () => {
  const ctx = { lang: 'en' as const, width: 'desktop' as const };
  it('worked examples: the measured figure by name, the tallest one for a new example', () => {
    expect(componentHeight('Example', { name: 'adam' }, ctx)).toBe(EXAMPLE_HEIGHTS.adam!.desktop);
    expect(componentHeight('Example', { name: 'a-new-one' }, ctx)).toBe(EXAMPLE_DEFAULT.desktop);
    for (const e of Object.values(EXAMPLE_HEIGHTS)) for (const w of WIDTHS) expect(EXAMPLE_DEFAULT[w]).toBeGreaterThanOrEqual(e[w]);
  });
  it('exercises: each exercise of the chapter counted by its own text, in the page language', () => {
    const math = componentHeight('Exercises', { chapter: 'math' }, ctx);
    const mathExercises = EXERCISES.filter((e) => e.chapter === 'math');
    expect(math).toBeGreaterThan(mathExercises.reduce((h, e) => h + exerciseHeight(e, ctx), 0));
    expect(componentHeight('Exercises', { chapter: 'math', only: 'ex-4-1' }, ctx)).toBeLessThan(math);
    expect(componentHeight('Exercises', { chapter: 'math' }, { ...ctx, lang: 'zh' })).not.toBe(math);
    for (const e of EXERCISES) expect(exerciseHeight(e, { ...ctx, width: 'phone' })).toBeGreaterThan(exerciseHeight(e, ctx) - 1);
  });
  it('errata, glossary and bibliography from their data; an unknown component counts as a screenful', () => {
    expect(componentHeight('ErrataList', { category: "['fact', 'claim']" }, ctx)).toBeGreaterThan(componentHeight('ErrataList', { category: 'fact' }, ctx));
    expect(componentHeight('GlossaryList', {}, ctx)).toBeGreaterThan(5000);
    expect(componentHeight('ReferenceList', {}, ctx)).toBeGreaterThan(10000);
    expect(componentHeight('SomethingNew', {}, ctx)).toBe(VIEWPORTS.desktop.height);
  });
});

describe('estimates', () => {
  it('err long: the layout times the margin, plus a line, rounded up to a step', () => {
    for (const h of [0, 1, 99, 823, 4105, 11506]) {
      const e = estimate(h);
      expect(e).toBeGreaterThanOrEqual(h * MARGIN + SAFETY);
      expect(e % STEP).toBe(0);
      expect(e - (h * MARGIN + SAFETY)).toBeLessThan(STEP);
    }
  });
  it('every section and subsection gets its own style, the subsection never its section’s', async () => {
    const tree = await hast('Intro.');
    const sub = await section('### B\n\nSome text.', 'book-subsection');
    const parent = await section('## A\n\nIntro, long. '.repeat(5));
    parent.children.push(sub);
    tree.children.push(parent);
    addEstimates(tree, 'en');
    expect(parent.properties.style).toBe(estimateStyle(estimateSection(parent, 'en')));
    expect(sub.properties.style).toBe(estimateStyle(estimateSection(sub, 'en')));
    expect(sub.properties.style).not.toBe(parent.properties.style);
    expect(String(sub.properties.style)).toMatch(/^--est-phone:\d+px;--est-desktop:\d+px$/);
  });
});

describe('the gate’s verdict (e2e/gates/checks.ts)', () => {
  it('reports a section whose estimate is shorter than its rendered height, or missing; not one that holds it', () => {
    const problems = shortEstimates(
      [
        { id: 'ok', estimate: 500, height: 480.2 },
        { id: 'exact', estimate: 500, height: 500.4 },
        { id: 'short', estimate: 400, height: 812.6 },
        { id: 'none', estimate: NaN, height: 300 },
      ],
      '/en/math/',
      'desktop',
    );
    expect(problems).toEqual(['/en/math/: section short: estimate 400 px < rendered 813 px (desktop)', '/en/math/: section none: no estimate (desktop; rendered 300 px)']);
    expect(shortEstimates([{ id: 'a', estimate: 100, height: 101 }], '/zh/math/', 'phone')).toEqual(['/zh/math/: section a: estimate 100 px < rendered 101 px (phone)']);
  });
});
