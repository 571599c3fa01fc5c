import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { bySegment, countElements, findElement, formatBytes, formatCount, markdownTable } from './figures';

describe('figures', () => {
  it('counts the elements inside <main>, as querySelectorAll("main *") does', () => {
    const tree = fromHtml('<!doctype html><header><p>x</p></header><main><h1>T</h1><p>a <b>b</b> c</p><!-- c --><template><p>t</p></template></main>');
    const main = findElement(tree, 'main')!;
    expect(main.tagName).toBe('main');
    // h1, p, b, template (its content is a separate fragment in the browser as in hast)
    expect(countElements(main)).toBe(4);
    expect(countElements(tree)).toBeGreaterThan(countElements(main));
  });

  it('finds nothing when the tag is absent', () => {
    expect(findElement(fromHtml('<p>x</p>', { fragment: true }), 'main')).toBeUndefined();
  });

  it('formats sizes in B, KB (1024 bytes) and MB, and counts with separators', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14_541)).toBe('14.2 KB');
    expect(formatBytes(3_250_586)).toBe('3.1 MB');
    expect(formatCount(14745)).toBe('14,745');
  });

  it('writes a Markdown table with right-aligned figures and escaped pipes', () => {
    expect(markdownTable(['page', 'elements'], [['a|b', 12]], ['l', 'r'])).toBe('| page | elements |\n| --- | ---: |\n| a\\|b | 12 |');
  });

  it('groups files by their first path segment, the top level apart', () => {
    const files = [
      { url: '', size: 10 },
      { url: 'en/math/', size: 100 },
      { url: '_astro/a.js', size: 5 },
      { url: 'en/', size: 50 },
      { url: 'favicon.svg', size: 1 },
    ];
    expect([...bySegment(files)]).toEqual([
      ['', { files: 2, size: 11 }],
      ['en/', { files: 2, size: 150 }],
      ['_astro/', { files: 1, size: 5 }],
    ]);
  });
});
