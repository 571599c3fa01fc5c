/**
 * Our remark/rehype plugins on real MDX: explicit ids and section numbers, and
 * the build failing (naming the file and the id) on a missing or duplicate id
 * or malformed math.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { remarkHeadingIds } from './heading-ids';
import { rehypeMathStrict } from './math-strict';

async function render(src: string, path = '/book/content/zh/math.mdx') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(rehypeKatex)
    .use(rehypeMathStrict)
    .use(rehypeStringify)
    .process({ value: src, path });
  return String(file);
}

describe('remarkHeadingIds', () => {
  it('takes the id from the MDX comment and numbers sections from the outline', async () => {
    const html = await render('## 损失函数 {/*loss-functions*/}\n\n### 均方误差 {/*mse*/}\n\n## 优化算法 {/*optimizers*/}\n\n### 梯度下降 {/*gradient-descent*/}\n');
    expect(html).toContain('<h2 id="loss-functions">4.1 损失函数</h2>');
    expect(html).toContain('<h3 id="mse">4.1.1 均方误差</h3>');
    expect(html).toContain('<h2 id="optimizers">4.2 优化算法</h2>');
    expect(html).toContain('<h3 id="gradient-descent">4.2.1 梯度下降</h3>');
  });
  it('does not number the appendices', async () => {
    const html = await render('## Arithmetic {/*arithmetic*/}\n', '/book/content/en/errata.mdx');
    expect(html).toContain('<h2 id="arithmetic">Arithmetic</h2>');
  });
  it('fails on a heading without an id, naming the file and the heading', async () => {
    await expect(render('## 均方误差\n')).rejects.toThrow(/content\/zh\/math\.mdx: heading "均方误差" has no explicit id/);
  });
  it('fails on a duplicate id, naming the file and the id', async () => {
    await expect(render('## A {/*mse*/}\n\n## B {/*mse*/}\n')).rejects.toThrow(/content\/zh\/math\.mdx: heading id "mse" is used twice/);
  });
  it('fails on an id that is not ASCII kebab-case', async () => {
    await expect(render('## A {/*均方误差*/}\n')).rejects.toThrow(/heading id "均方误差" must be lower-case ASCII kebab-case/);
  });
});

describe('rehypeMathStrict', () => {
  it('renders good math with KaTeX and makes display math keyboard-reachable', async () => {
    const html = await render('## A {/*a*/}\n\n$$\n\\frac{1}{n}\\sum_i x_i\n$$\n');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('tabindex="0"');
  });
  it('makes tables, which scroll in their own box, keyboard-reachable', () => {
    const table = { type: 'element' as const, tagName: 'table', properties: {}, children: [] };
    const para = { type: 'element' as const, tagName: 'p', properties: {}, children: [] };
    rehypeMathStrict()({ type: 'root', children: [table, para] }, { messages: [] });
    expect(table.properties).toEqual({ tabIndex: 0 });
    expect(para.properties).toEqual({});
  });
  it('fails on malformed math, naming the file', async () => {
    await expect(render('## A {/*a*/}\n\n$$\n\\frac{1}{n\n$$\n')).rejects.toThrow(/content\/zh\/math\.mdx: malformed math/);
  });
});
