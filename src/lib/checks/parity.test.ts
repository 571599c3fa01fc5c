import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkParity, pageFacts } from './parity';
import { checkContentDir, readEdition } from '../node/parity-fs';
import { CHAPTERS } from '../book/book';

const page = (ids: string[], eqs = 0, examples: string[] = []) =>
  [
    '---\ntitle: t\n---',
    ...ids.map((id) => `## Heading ${id} {/*${id}*/}`),
    ...Array.from({ length: eqs }, () => '$$\nx^2\n$$'),
    ...examples.map((e) => `<Example name="${e}" />`),
  ].join('\n\n');

describe('pageFacts', () => {
  it('reads heading ids, display equations and examples, ignoring code blocks', () => {
    const src = [
      '## 均方误差 {/*mse*/}',
      '{/*eq:mse*/}',
      '$$',
      'MSE = \\frac{1}{n}',
      '$$',
      '$$ a = b $$',
      '```md',
      '## not a heading {/*nope*/}',
      '$$',
      '```',
      '### 动量 {/*momentum*/}',
      '<Example name="mse" />',
      '<OptimizerPlayground />',
      '## no id here',
    ].join('\n');
    expect(pageFacts(src)).toEqual({
      headingIds: ['mse', 'momentum', '(missing id)'],
      displayEquations: 2,
      equationNames: ['mse', ''],
      examples: ['mse', 'optimizer-playground'],
    });
  });
});

describe('checkParity', () => {
  it('accepts a matching pair', () => {
    expect(checkParity({ a: page(['x', 'y'], 2, ['mse']) }, { a: page(['x', 'y'], 2, ['mse']) })).toEqual([]);
  });
  it('reports a page present in one language only, naming the file', () => {
    const p = checkParity({ a: page(['x']), b: page(['y']) }, { a: page(['x']) });
    expect(p.map((x) => x.message)).toEqual(['content/zh/b.mdx is missing: the page exists only in content/en/']);
  });
  it('reports different heading ids, naming the ids', () => {
    const [p] = checkParity({ a: page(['x', 'mse']) }, { a: page(['x', 'mean-squared']) });
    expect(p!.message).toContain('only in en: [mse]');
    expect(p!.message).toContain('only in zh: [mean-squared]');
  });
  it('reports the same ids in a different order', () => {
    const [p] = checkParity({ a: page(['x', 'y']) }, { a: page(['y', 'x']) });
    expect(p!.message).toContain('different order');
  });
  it('reports a duplicate id', () => {
    const p = checkParity({ a: page(['x', 'x']) }, { a: page(['x', 'x']) });
    expect(p.map((x) => x.message)).toContain('content/en/a.mdx: heading id "x" is used twice');
  });
  it('reports equations named differently in the two editions', () => {
    const named = (n: string) => `## H {/*h*/}\n\n{/*eq:${n}*/}\n$$\nx\n$$`;
    expect(checkParity({ a: named('mse') }, { a: named('mse') })).toEqual([]);
    const [p] = checkParity({ a: named('mse') }, { a: named('loss') });
    expect(p!.message).toContain('equation names differ');
    expect(p!.message).toContain('1:mse');
    expect(p!.message).toContain('1:loss');
  });
  it('reports a different number of display equations', () => {
    const [p] = checkParity({ a: page(['x'], 3) }, { a: page(['x'], 2) });
    expect(p!.message).toBe('a.mdx: display equations differ — en has 3, zh has 2');
  });
  it('reports different embedded examples', () => {
    const [p] = checkParity({ a: page(['x'], 0, ['mse', 'sgd']) }, { a: page(['x'], 0, ['mse']) });
    expect(p!.message).toContain('embedded examples differ');
  });
});

describe('the book', () => {
  const dir = fileURLToPath(new URL('../../../content/', import.meta.url));
  it('has every chapter of the outline in both editions', () => {
    for (const lang of ['en', 'zh']) {
      expect(Object.keys(readEdition(`${dir}/${lang}`)).sort()).toEqual(CHAPTERS.map((c) => c.slug).sort());
    }
  });
  it('is in parity', () => {
    expect(checkContentDir(dir)).toEqual([]);
  });
});
