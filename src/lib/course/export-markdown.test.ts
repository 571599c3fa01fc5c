import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Heading, Link, List, Root } from 'mdast';
import { exportMarkdown, mdEscape } from './export-markdown';
import { AWKWARD, awkwardInput, realInput } from './exports-fixture';

function parse(md: string): Root {
  return unified().use(remarkParse).parse(md);
}

function links(node: Root | List): Link[] {
  const out: Link[] = [];
  const walk = (n: { type: string; children?: unknown[] }): void => {
    if (n.type === 'link') out.push(n as Link);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(node);
  return out;
}

describe('markdown export', () => {
  test('real list: headings per module, numbered items with both editions in order', () => {
    const input = realInput('en', [
      { title: 'Week 1', ids: ['background', 'adam', 'eq-dpo'] },
      { title: 'Week 2', ids: ['example-adam', 'ex-4-1'] },
    ]);
    const f = exportMarkdown(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.md');
    const tree = parse(f.content as string);
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [h.depth, toString(h)]);
    expect(headings).toEqual([
      [1, 'Foundation models: a reading list'],
      [2, 'Week 1'],
      [2, 'Week 2'],
    ]);
    const lists = tree.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => l.ordered)).toEqual([true, true]);
    const first = links(lists[0]!);
    expect(first.map((l) => toString(l))).toEqual(['1. Background', '中文版', '4.2.4 Adam', '中文版', 'Equation (2.1)', '中文版']);
    expect(first[2]!.url).toBe(input.modules[0]!.items[1]!.target.url.en);
    expect(first[3]!.url).toBe(input.modules[0]!.items[1]!.target.url.zh);
    expect(toString(lists[0]!)).toContain('about 4 min');
    expect(exportMarkdown({ ...input, minutesRule: 'Rule: *200* words <a minute>.' }).content).toContain('Estimated reading time: about 4 min. Rule: \\*200\\* words \\<a minute\\>.');
  });

  test('awkward titles and notes come back as the same text; CJK stays UTF-8', () => {
    for (const lang of ['en', 'zh'] as const) {
      const input = awkwardInput(lang);
      const f = exportMarkdown(input);
      expect(f.filename).toBe('quotes-braces-colon-hash-pct-tilde-eq-b-tag-b-back-x.md');
      const tree = parse(f.content as string);
      const h = tree.children.filter((n): n is Heading => n.type === 'heading').map((x) => toString(x));
      expect(h).toEqual([AWKWARD, `Week 1 ${AWKWARD}`, '第二周：「注意力」']);
      const list = tree.children.find((n): n is List => n.type === 'list')!;
      const item = list.children[0]!;
      expect(toString(links(list)[0]!)).toBe(`4.2.4 Adam ${AWKWARD}`);
      expect(toString(item)).toContain(`Note ${AWKWARD}`);
      // The note stays inside the first item: the list still has three items.
      expect(list.children).toHaveLength(3);
      // No raw HTML node came through.
      expect(JSON.stringify(tree)).not.toContain('"type":"html"');
    }
  });

  test('the escape is needed: unescaped text parses as markup', () => {
    const raw = 'a *b* [c](d) <b>x</b>';
    expect(toString(parse(raw))).not.toBe(raw);
    expect(toString(parse(mdEscape(raw)))).toBe(raw);
    for (const start of ['- item', '1. one', '# h', '+ x', '2) two']) expect(toString(parse(mdEscape(start)))).toBe(start);
  });

  test('a Chinese title falls back to an ASCII file name', () => {
    const input = realInput('zh', [{ title: '第一周', ids: ['adam'] }]);
    expect(exportMarkdown(input).filename).toBe('reading-list.md');
  });
});
