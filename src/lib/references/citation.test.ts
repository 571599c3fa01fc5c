import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { apa, apaInText, bibtex, bibtexEscape, bibtexKey, citation, CITE_ORDER, editionWord, gbt, isoDate, splitNumber, type CiteInput } from './citation';

const EN: CiteInput = {
  lang: 'en',
  id: 'momentum',
  section: 'Momentum',
  number: '4.2.3',
  url: 'https://book.test/en/math/#momentum',
  accessed: '2026-11-30',
  book: 'The Socio-Technical Nature of Foundation Models',
  author: 'Zen and the Art of Computer Programming',
  edition: { number: 2, date: '2026-11-29' },
};
const ZH: CiteInput = {
  ...EN,
  lang: 'zh',
  section: '动量法',
  url: 'https://book.test/zh/math/#momentum',
  book: '基础模型的社会技术性质',
  author: '禅与计算机程序设计艺术',
};

describe('BibTeX (hand-written expected entries)', () => {
  test('English: @incollection that classic BibTeX and biblatex both read as "section, in the book"', () => {
    expect(bibtex(EN)).toBe(`@incollection{fmbook-en-momentum,
  author = {{Zen and the Art of Computer Programming}},
  title = {{Momentum}},
  booktitle = {{The Socio-Technical Nature of Foundation Models}},
  type = {Section},
  chapter = {4.2.3},
  edition = {Second},
  year = {2026},
  date = {2026-11-29},
  url = {https://book.test/en/math/#momentum},
  urldate = {2026-11-30},
  note = {Online at https://book.test/en/math/\\#momentum, accessed 2026-11-30},
  language = {english},
  options = {url=false}
}`);
  });
  test('Chinese: its own key, CJK kept as UTF-8', () => {
    expect(bibtex(ZH)).toBe(`@incollection{fmbook-zh-momentum,
  author = {{禅与计算机程序设计艺术}},
  title = {{动量法}},
  booktitle = {{基础模型的社会技术性质}},
  type = {节},
  chapter = {4.2.3},
  edition = {Second},
  year = {2026},
  date = {2026-11-29},
  url = {https://book.test/zh/math/#momentum},
  urldate = {2026-11-30},
  note = {网址：https://book.test/zh/math/\\#momentum，访问日期：2026-11-30},
  language = {chinese},
  options = {url=false}
}`);
  });
  test('the two editions never share a key; keys are ASCII', () => {
    expect(bibtexKey('en', 'momentum')).not.toBe(bibtexKey('zh', 'momentum'));
    expect(bibtex({ ...EN, id: 'eq-mse' }).split('\n')[0]).toBe('@incollection{fmbook-en-eq-mse,');
  });
  test('first edition and unnumbered sections: no edition, type or chapter field', () => {
    const b = bibtex({ ...EN, number: undefined, edition: { number: 1, date: '2026-11-28' } });
    for (const f of ['edition', 'type', 'chapter']) expect(b).not.toMatch(new RegExp(`^  ${f} =`, 'm'));
  });
  test('edition: the ordinal word BibTeX documents ("Second"), digits past the tenth', () => {
    expect([1, 2, 3, 10, 11, 22].map(editionWord)).toEqual(['First', 'Second', 'Third', 'Tenth', '11th', '22nd']);
  });
});

describe('BibTeX parsed back by a real parser (@retorquere/bibtex-parser)', () => {
  const AWKWARD = ['Loss & "accuracy": 100% {braces} #1 $5 a_b ~x ^y \\z', 'Attention: Q#K {softmax} 50%', '“损失”与《精度》：100% 的 {x}', 'Book } unbalanced {'];
  test.each(AWKWARD)('%s', (title) => {
    for (const c of [EN, ZH]) {
      // sentenceCase off: the parser would otherwise re-case English titles the way Zotero does on import.
      const lib = parse(bibtex({ ...c, section: title, book: `${c.book}: ${title}` }), { sentenceCase: false });
      expect(lib.errors).toEqual([]);
      expect(lib.entries).toHaveLength(1);
      const e = lib.entries[0]!;
      expect(e.key).toBe(bibtexKey(c.lang, 'momentum'));
      expect(e.type).toBe('incollection');
      expect(e.fields.title).toBe(title);
      expect(e.fields.booktitle).toBe(`${c.book}: ${title}`);
      expect(e.fields.url).toBe(c.url);
      expect(e.fields.note).toContain(c.url);
      expect(e.fields.author).toEqual([{ name: c.author }]);
    }
  });
  test('escaping keeps braces balanced', () => {
    expect(bibtexEscape('A "q" {b} 100% & #1 $x_i$ ~ ^ \\')).toBe(
      'A {"}q{"} {\\textbraceleft}b{\\textbraceright} 100\\% \\& \\#1 \\$x\\_i\\$ {\\textasciitilde} {\\textasciicircum} {\\textbackslash}',
    );
    let depth = 0;
    for (const ch of bibtex({ ...EN, section: 'x } { y', book: '}}{' })) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

/*
 * APA and GB/T come from citeproc-js with the official styles. The expected strings below are
 * written from the styles' rules, then compared:
 * - APA 7 (Publication Manual 9.3, 10.2; "a chapter in an authored book" is not referenced on its
 *   own): the reference is the whole book: group author as written, "(Year).", the title (italic
 *   in print; plain text here), the edition in parentheses "(2nd ed.)" and none for a first
 *   edition, then the URL (here the section's). No retrieval date: the style gives one only for
 *   works without a date. The section goes into the in-text citation: "(Author, Year, Section 4.2.3)".
 * - GB/T 7714—2015, author-date (8.1.2, 析出文献): "析出文献主要责任者, 出版年. 析出文献题名[M/OL]//
 *   专著主要责任者. 专著题名. 版本项. [引用日期]. 获取和访问路径." The edition is "2 版" / "2nd ed.",
 *   and none for a first edition; the style writes Latin-script names in capitals. It has no
 *   slot for a section number (the URL's fragment names the section).
 */
describe('APA 7 by citeproc', () => {
  test('English: the book with its edition and the section URL; the section named in the text', () => {
    expect(apa(EN)).toBe('Zen and the Art of Computer Programming. (2026). The Socio-Technical Nature of Foundation Models (2nd ed.). https://book.test/en/math/#momentum');
    expect(apaInText(EN)).toBe('(Zen and the Art of Computer Programming, 2026, Section 4.2.3)');
    expect(citation('apa', EN)).toBe(apa(EN));
  });
  test('first edition, unnumbered section: no edition, no locator', () => {
    const c = { ...EN, number: undefined, edition: { number: 1, date: '2026-11-28' } };
    expect(apa(c)).toBe('Zen and the Art of Computer Programming. (2026). The Socio-Technical Nature of Foundation Models. https://book.test/en/math/#momentum');
    expect(apaInText(c)).toBe('(Zen and the Art of Computer Programming, 2026)');
  });
  test('Chinese: the zh-CN locale\'s terms', () => {
    expect(apa(ZH)).toBe('禅与计算机程序设计艺术. (2026). 基础模型的社会技术性质 (2 版). https://book.test/zh/math/#momentum');
    expect(apaInText(ZH)).toBe('(禅与计算机程序设计艺术, 2026, 节 4.2.3)');
  });
});

describe('GB/T 7714—2015 by citeproc', () => {
  test('Chinese edition', () => {
    expect(gbt(ZH)).toBe('禅与计算机程序设计艺术, 2026. 动量法[M/OL]//禅与计算机程序设计艺术. 基础模型的社会技术性质. 2 版. [2026-11-30]. https://book.test/zh/math/#momentum.');
  });
  test('English edition', () => {
    expect(gbt(EN)).toBe(
      'ZEN AND THE ART OF COMPUTER PROGRAMMING, 2026. Momentum[M/OL]//ZEN AND THE ART OF COMPUTER PROGRAMMING. The Socio-Technical Nature of Foundation Models. 2nd ed. [2026-11-30]. https://book.test/en/math/#momentum.',
    );
    expect(gbt({ ...EN, edition: { number: 1, date: '2026-11-28' } })).not.toContain('ed.');
  });
  test('quotes, braces, % and CJK punctuation in a title come through as they are', () => {
    expect(gbt({ ...ZH, section: '“基础模型”是什么？{x} 100%' })).toContain('. “基础模型”是什么？{x} 100%[M/OL]//');
  });
  test('order: BibTeX, APA, GB/T in English; GB/T first in Chinese', () => {
    expect(CITE_ORDER.en).toEqual(['bibtex', 'apa', 'gbt']);
    expect(CITE_ORDER.zh).toEqual(['gbt', 'bibtex', 'apa']);
  });
});

describe('helpers', () => {
  test('splitNumber', () => {
    expect(splitNumber('4.2.3 Momentum')).toEqual({ number: '4.2.3', title: 'Momentum' });
    expect(splitNumber('  4.1  均方误差 ')).toEqual({ number: '4.1', title: '均方误差' });
    expect(splitNumber('4 Background')).toEqual({ title: '4 Background' });
  });
  test('isoDate', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
  test('a bad date is an error, not NaN', () => {
    expect(() => bibtex({ ...EN, accessed: 'yesterday' })).toThrow(/YYYY-MM-DD/);
    expect(() => apa({ ...EN, edition: { number: 2, date: '2026' } })).toThrow(/YYYY-MM-DD/);
  });
});
