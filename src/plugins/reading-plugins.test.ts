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
import { rehypeAnchorLabels, rehypeBaseLinks, rehypeSectionLangLinks } from './section-links';

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
    .use(rehypeSectionLangLinks, { base })
    .use(rehypeBaseLinks, { base })
    .use(fakeStarlightAnchors)
    .use(rehypeAnchorLabels)
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
  it('adds a link to the same section of the other edition after each h2', async () => {
    const html = await render('## 损失函数 {/*loss-functions*/}\n\n### 均方误差 {/*mse*/}\n');
    expect(html).toContain(
      '<p class="section-lang not-content" data-pagefind-ignore=""><a class="section-lang-link" href="/en/math/#loss-functions" hreflang="en" data-lang="en"><span lang="en">English</span><span class="sr-only">：本节英文版</span></a></p>',
    );
    expect(html.match(/section-lang-link/g)).toHaveLength(1); // h2 only
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
