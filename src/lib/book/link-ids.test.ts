import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { duplicateIds, headingsOf, pageTargets, shortLinks, siteTargets, DuplicateIdError } from './link-ids';
import { readEdition } from '../node/parity-fs';
import { componentUses } from './component-headings';
import { REFERENCES } from '../../data/references';
import { referenceGroups } from '../references/reference-groups';

const math = [
  '## Loss {/*loss-functions*/}',
  '### MSE {/*mse*/}',
  '{/*eq:mse*/}',
  '$$',
  'x',
  '$$',
  '$$',
  'y',
  '$$',
  '<Example name="mse" />',
  '<Example name="gd" />',
].join('\n');

describe('link targets', () => {
  it('lists headings, equations (named or numbered) and examples', () => {
    const ts = pageTargets('math', math);
    expect(ts.find((t) => t.id === 'eq-4-2')?.number).toBe('4.2');
    expect(ts.find((t) => t.id === 'example-gd')?.section).toBe('mse');
    expect(ts.map((t) => `${t.kind}:${t.id}`)).toEqual([
      'heading:loss-functions',
      'heading:mse',
      'equation:eq-mse',
      'equation:eq-4-2',
      'example:example-mse',
      'example:example-gd',
    ]);
  });

  it('fails on an id used in two chapters, naming both files', () => {
    const sources = { background: '## Intro {/*mse*/}', math };
    expect(() => siteTargets(sources)).toThrow(DuplicateIdError);
    expect(() => siteTargets(sources)).toThrow(
      'id "mse" is used more than once: content/en/background.mdx (heading) and content/en/math.mdx (heading)',
    );
  });

  it('fails on a heading that takes an example figure id', () => {
    const dupes = duplicateIds(pageTargets('math', `${math}\n## X {/*example-gd*/}`));
    expect(dupes).toEqual([
      'id "example-gd" is used more than once: content/en/math.mdx (heading) and content/en/math.mdx (example)',
    ]);
  });

  it('gives short links for every id, and example names that are not ids', () => {
    const keys = shortLinks(siteTargets({ math })).map((l) => `${l.key}→${l.target.id}`);
    expect(keys).toContain('mse→mse'); // the heading wins
    expect(keys).toContain('example-mse→example-mse');
    expect(keys).toContain('gd→example-gd'); // no id "gd": the example's name
    expect(keys.filter((k) => k.startsWith('mse→'))).toHaveLength(1);
  });

  it('the book itself has unique ids in both editions', () => {
    const dir = fileURLToPath(new URL('../../../content/', import.meta.url));
    for (const lang of ['en', 'zh']) {
      const targets = siteTargets(readEdition(`${dir}${lang}`), (s) => `content/${lang}/${s}.mdx`);
      expect(targets.length).toBeGreaterThan(50);
    }
  });
});

describe('headingsOf', () => {
  it('numbers h2/h3 like the page and strips markup', () => {
    const src = '## 损失函数 {/*loss*/}\n\n### <Term id="mse">均方误差</Term> {/*mse*/}\n\n#### Note {/*note*/}\n\n## *Two* {/*two*/}\n\n### A {/*a*/}';
    expect(headingsOf('math', src)).toEqual([
      { id: 'loss', depth: 2, text: '4.1 损失函数' },
      { id: 'mse', depth: 3, text: '4.1.1 均方误差' },
      { id: 'note', depth: 4, text: 'Note' },
      { id: 'two', depth: 2, text: '4.2 Two' },
      { id: 'a', depth: 3, text: '4.2.1 A' },
    ]);
    expect(headingsOf('glossary', '## A {/*a*/}')[0]!.text).toBe('A');
  });

  it('lists the headings a component renders, after the MDX heading before it (the bibliography groups)', () => {
    const groups = referenceGroups(REFERENCES).map((g) => g.id);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups[0]).toMatch(/^ref-group-/);
    const refs = ['## Further reading {/*further-reading*/}', '## Bibliography {/*bibliography*/}', '', '<ReferenceList />', '## After {/*after*/}'].join('\n');
    expect(pageTargets('references', refs).map((t) => t.id)).toEqual(['further-reading', 'bibliography', ...groups, 'after']);
    // Titles in the page's language, never numbered, marked as a component's.
    const zh = headingsOf('references', refs, 'zh').find((h) => h.id === 'ref-group-book')!;
    expect(zh).toEqual({ id: 'ref-group-book', depth: 3, text: '书籍与专著', component: 'ReferenceList' });
    expect(headingsOf('references', refs).find((h) => h.id === 'ref-group-book')!.text).toBe('Books and monographs');
    // Only components in the registry, outside code fences, count.
    expect(componentUses('```mdx\n<ReferenceList />\n```\n<Example name="gd" />')).toEqual([]);
    // A component's id is unique in the book like any other.
    expect(() => siteTargets({ background: '## Books {/*ref-group-book*/}', references: refs })).toThrow(
      'id "ref-group-book" is used more than once: content/en/background.mdx (heading) and content/en/references.mdx (heading)',
    );
  });

  it('the references page of the book lists its groups as headings', () => {
    const dir = fileURLToPath(new URL('../../../content/', import.meta.url));
    const ids = siteTargets(readEdition(`${dir}en`)).filter((t) => t.slug === 'references').map((t) => t.id);
    expect(ids).toContain('ref-group-book');
    expect(ids.indexOf('ref-group-book')).toBe(ids.indexOf('bibliography') + 1);
  });
});
