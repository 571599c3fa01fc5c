import { describe, expect, test } from 'vitest';
import { apa, bibtex, bibtexEscape, citation, CITE_ORDER, gbt, isoDate, splitNumber, type CiteInput } from './citation';

const EN: CiteInput = {
  lang: 'en',
  id: 'momentum',
  section: 'Momentum',
  number: '4.2.3',
  url: 'https://foundation-models.example.org/en/math/#momentum',
  accessed: '2026-11-30',
  book: 'The Socio-Technical Nature of Foundation Models',
  author: 'Zen and the Art of Computer Programming',
  edition: { number: 2, date: '2026-11-29' },
};
const ZH: CiteInput = {
  ...EN,
  lang: 'zh',
  section: '动量法',
  url: 'https://foundation-models.example.org/zh/math/#momentum',
  book: '基础模型的社会技术性质',
  author: '禅与计算机程序设计艺术',
};

describe('citations, English edition (hand-written expected strings)', () => {
  test('BibTeX', () => {
    expect(bibtex(EN)).toBe(`@inbook{fmbook-momentum,
  author = {{Zen and the Art of Computer Programming}},
  title = {Momentum},
  booktitle = {The Socio-Technical Nature of Foundation Models},
  chapter = {4.2.3},
  edition = {2},
  year = {2026},
  date = {2026-11-29},
  url = {https://foundation-models.example.org/en/math/#momentum},
  urldate = {2026-11-30},
  language = {english}
}`);
  });
  test('APA', () => {
    expect(apa(EN)).toBe(
      'Zen and the Art of Computer Programming. (2026). Momentum. In The Socio-Technical Nature of Foundation Models (2nd ed., Section 4.2.3). Retrieved November 30, 2026, from https://foundation-models.example.org/en/math/#momentum',
    );
  });
  test('GB/T 7714—2015', () => {
    expect(gbt(EN)).toBe(
      'Zen and the Art of Computer Programming. Momentum[M/OL]//Zen and the Art of Computer Programming. The Socio-Technical Nature of Foundation Models. 2nd ed. 2026: Section 4.2.3[2026-11-30]. https://foundation-models.example.org/en/math/#momentum.',
    );
  });
  test('order: BibTeX, APA, GB/T', () => {
    expect(CITE_ORDER.en).toEqual(['bibtex', 'apa', 'gbt']);
  });
  test('first edition and unnumbered sections: no edition statement in APA and GB/T, no chapter field', () => {
    const c = { ...EN, number: undefined, edition: { number: 1, date: '2026-11-28' } };
    expect(apa(c)).toBe(
      'Zen and the Art of Computer Programming. (2026). Momentum. In The Socio-Technical Nature of Foundation Models. Retrieved November 30, 2026, from https://foundation-models.example.org/en/math/#momentum',
    );
    expect(gbt(c)).toBe(
      'Zen and the Art of Computer Programming. Momentum[M/OL]//Zen and the Art of Computer Programming. The Socio-Technical Nature of Foundation Models. 2026[2026-11-30]. https://foundation-models.example.org/en/math/#momentum.',
    );
    expect(bibtex(c)).not.toContain('chapter');
    expect(bibtex(c)).toContain('  edition = {1},');
  });
  test('ordinals: 3rd, 11th, 21st, 22nd', () => {
    const ed = (n: number) => apa({ ...EN, edition: { number: n, date: '2027-01-01' } }).match(/\((\w+) ed\./)?.[1];
    expect([3, 11, 12, 13, 21, 22, 104].map(ed)).toEqual(['3rd', '11th', '12th', '13th', '21st', '22nd', '104th']);
  });
});

describe('citations, Chinese edition (hand-written expected strings)', () => {
  test('GB/T 7714—2015 comes first', () => {
    expect(CITE_ORDER.zh[0]).toBe('gbt');
    expect([...CITE_ORDER.zh].sort()).toEqual([...CITE_ORDER.en].sort());
  });
  test('GB/T 7714—2015', () => {
    expect(gbt(ZH)).toBe(
      '禅与计算机程序设计艺术. 动量法[M/OL]//禅与计算机程序设计艺术. 基础模型的社会技术性质. 2版. 2026: 4.2.3节[2026-11-30]. https://foundation-models.example.org/zh/math/#momentum.',
    );
  });
  test('BibTeX keeps CJK as UTF-8', () => {
    expect(bibtex(ZH)).toBe(`@inbook{fmbook-momentum,
  author = {{禅与计算机程序设计艺术}},
  title = {动量法},
  booktitle = {基础模型的社会技术性质},
  chapter = {4.2.3},
  edition = {2},
  year = {2026},
  date = {2026-11-29},
  url = {https://foundation-models.example.org/zh/math/#momentum},
  urldate = {2026-11-30},
  language = {chinese}
}`);
  });
  test('APA', () => {
    expect(apa(ZH)).toBe(
      '禅与计算机程序设计艺术. (2026). 动量法. 载于《基础模型的社会技术性质》(第2版, 第4.2.3节). 检索于2026年11月30日, 取自 https://foundation-models.example.org/zh/math/#momentum',
    );
  });
});

describe('escaping', () => {
  test('BibTeX: quotes, braces, % and the other TeX specials; braces stay balanced', () => {
    expect(bibtexEscape('A "quoted" {braced} 100% & #1 $x_i$ ~ ^ \\')).toBe(
      'A {"}quoted{"} {\\textbraceleft}braced{\\textbraceright} 100\\% \\& \\#1 \\$x\\_i\\$ {\\textasciitilde} {\\textasciicircum} {\\textbackslash}',
    );
    const b = bibtex({ ...EN, section: 'Loss {"50%"}', book: 'Book } unbalanced' });
    expect(b).toContain('  title = {Loss {\\textbraceleft}{"}50\\%{"}{\\textbraceright}},');
    let depth = 0;
    for (const ch of b) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
  test('CJK punctuation and quotes in titles are kept as they are in APA and GB/T', () => {
    const c = { ...ZH, section: '“基础模型”是什么？' };
    expect(gbt(c)).toContain('. “基础模型”是什么？[M/OL]//');
    expect(citation('apa', c)).toContain('. “基础模型”是什么？. 载于');
  });
  test('the BibTeX key is ASCII', () => {
    expect(bibtex({ ...EN, id: 'eq-mse' }).split('\n')[0]).toBe('@inbook{fmbook-eq-mse,');
  });
});

describe('helpers', () => {
  test('splitNumber', () => {
    expect(splitNumber('4.2.3 Momentum')).toEqual({ number: '4.2.3', title: 'Momentum' });
    expect(splitNumber('  4.1  均方误差 ')).toEqual({ number: '4.1', title: '均方误差' });
    expect(splitNumber('4 Background')).toEqual({ title: '4 Background' });
    expect(splitNumber('Terms')).toEqual({ title: 'Terms' });
  });
  test('isoDate', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
  test('a bad date is an error, not NaN', () => {
    expect(() => apa({ ...EN, accessed: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });
});
