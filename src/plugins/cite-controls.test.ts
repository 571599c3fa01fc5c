/** The Cite buttons on real MDX, after a stand-in for Starlight's heading links. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { remarkHeadingIds } from './heading-ids';
import { rehypeHeadingControls } from './section-links';
import { rehypeCiteControls } from './cite-controls';

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
          { type: 'element', tagName: 'a', properties: { className: ['sl-anchor-link'], href: `#${String(el.properties.id)}` }, children: [] },
        ],
      };
      return SKIP;
    });
  };
}

async function render(src: string, path: string) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(fakeStarlightAnchors)
    .use(rehypeHeadingControls, { base: '/' })
    .use(rehypeCiteControls)
    .use(rehypeStringify)
    .process({ value: src, path });
  return String(file);
}

const SRC = '## 优化器 {/*optimizers*/}\n\n### 动量法 {/*momentum*/}\n\n#### 细节 {/*details*/}\n';

describe('rehypeCiteControls', () => {
  it('appends a Cite button, last in each h2/h3 wrapper, labelled in the page language and described by the heading', async () => {
    const zh = await render(SRC, '/book/content/zh/math.mdx');
    // After the copy-link button and the section's language link.
    expect(zh).toMatch(
      /<h3 id="momentum">4\.1\.1 动量法<\/h3><a class="sl-anchor-link" href="#momentum"><\/a><a class="section-lang-link" [^>]*>.*?<\/a><button type="button" class="cite-btn" aria-expanded="false" aria-describedby="momentum" data-pagefind-ignore="">引用<\/button><\/div>/,
    );
    expect(zh.match(/class="cite-btn"/g)).toHaveLength(2); // h2 and h3, not h4
    const en = await render(SRC.replace('优化器', 'Optimizers'), '/book/content/en/math.mdx');
    expect(en).toContain('aria-describedby="optimizers" data-pagefind-ignore="">Cite</button></div>');
  });
  it('leaves pages outside the book alone', async () => {
    expect(await render('## A {/*a*/}\n', '/book/src/pages/x.mdx').catch(() => '')).not.toContain('cite-btn');
  });
});
