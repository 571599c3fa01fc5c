import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { REFERENCES, type Reference } from '../../data/references';
import { bibtexEntry, bibtexFile, cslItem, cslJson, personName, risFile, risRecord } from './reference-export';
import { cslBibliography, type CslItem } from './csl';

const AWKWARD: Reference = {
  id: 'awkward-2020',
  kind: 'article',
  authors: ['Ada B. Lovelace', 'Google Brain', 'et al.'],
  year: 2020,
  title: 'Loss & "accuracy": 100% {braces} #1 $5 a_b ~x ^y \\z\nsecond line',
  venue: 'Journal “损失”与《精度》：100%, 3(2), pp. 1–9',
  doi: '10.1000/x_y.1',
  url: 'https://example.test/a_b?x=1%20#f',
};
const BOOK: Reference = REFERENCES.find((r) => r.id === 'goodfellow-2016')!;

describe('names', () => {
  test('a person is split at the last space; organizations and "et al." are not people', () => {
    expect(personName('Aidan N. Gomez')).toEqual({ given: 'Aidan N.', family: 'Gomez' });
    expect(personName('Łukasz Kaiser')).toEqual({ given: 'Łukasz', family: 'Kaiser' });
    expect(personName('Oier Lopez de Lacalle')).toEqual({ given: 'Oier', family: 'Lopez de Lacalle' });
    expect(personName('Blaise Agüera y Arcas')).toEqual({ given: 'Blaise', family: 'Agüera y Arcas' });
    expect(personName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', family: 'van Beethoven' });
    for (const org of ['NVIDIA', 'Google Brain', 'U.S. District Court, N.D. Cal.', 'Ministry of Public Security', 'Ministry of Industry and Information Technology', 'et al.'])
      expect(personName(org)).toBeUndefined();
  });
});

describe('references.bib', () => {
  test('the whole list parses back with a real parser (@retorquere/bibtex-parser): every entry, key and identifier', () => {
    const lib = parse(bibtexFile(REFERENCES, 'header % with 100%\nsecond line'), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key)).toEqual(REFERENCES.map((r) => r.id));
    for (const [i, r] of REFERENCES.entries()) {
      const f = lib.entries[i]!.fields;
      expect(f.title, r.id).toBe(r.title);
      expect(f.year).toBe(String(r.year));
      expect(f.author?.length, r.id).toBe(r.authors.length);
      if (r.doi) expect(f.doi).toBe(r.doi);
      if (r.arxiv) expect(f.eprint).toBe(r.arxiv);
      if (r.url) expect(f.url).toBe(r.url);
    }
  });
  test('awkward text: TeX specials escaped, CJK kept, "et al." as BibTeX\'s "others"', () => {
    const b = bibtexEntry(AWKWARD);
    expect(b).toContain('journal = {Journal “损失”与《精度》：100\\%, 3(2), pp. 1–9}');
    const e = parse(b, { sentenceCase: false }).entries[0]!;
    expect(e.type).toBe('article');
    expect(e.fields.title).toBe(AWKWARD.title.replace('\n', ' '));
    expect(e.fields.journal).toBe(AWKWARD.venue);
    expect(e.fields.author).toEqual([{ lastName: 'Lovelace', firstName: 'Ada B.' }, { name: 'Google Brain' }, { lastName: 'others' }]);
    expect(e.fields.url).toBe(AWKWARD.url);
  });
});

describe('references.ris', () => {
  test('structure: TY first, ER last, one "XX  - value" tag per line, no value spans lines', () => {
    const text = risFile([...REFERENCES, AWKWARD]);
    const records = text.replace(/\r\n$/, '').split(/\r\n\r\n/);
    expect(records).toHaveLength(REFERENCES.length + 1);
    for (const rec of records) {
      const lines = rec.split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- (BOOK|JOUR|CONF|UNPB|COMP|ELEC)$/);
      expect(lines[lines.length - 1]).toBe('ER  - ');
      for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines.filter((l) => l.startsWith('TI  - '))).toHaveLength(1);
    }
    expect(text).not.toMatch(/[^\r]\n/);
  });
  test('fields of one record', () => {
    expect(risRecord(AWKWARD).split('\r\n')).toEqual([
      'TY  - JOUR',
      'AU  - Lovelace, Ada B.',
      'AU  - Google Brain',
      'TI  - Loss & "accuracy": 100% {braces} #1 $5 a_b ~x ^y \\z second line',
      'T2  - Journal “损失”与《精度》：100%, 3(2), pp. 1–9',
      'PY  - 2020',
      'DO  - 10.1000/x_y.1',
      'UR  - https://example.test/a_b?x=1%20#f',
      'ID  - awkward-2020',
      'ER  - ',
    ]);
  });
});

describe('references.json (CSL-JSON)', () => {
  test('is JSON that citeproc formats back, one entry per reference', () => {
    const items = JSON.parse(cslJson(REFERENCES)) as CslItem[];
    expect(items.map((i) => i.id)).toEqual(REFERENCES.map((r) => r.id));
    expect(cslBibliography('apa', 'en', items)).toHaveLength(REFERENCES.length);
  });
  test('an authored book in APA 7 (written from the rules: initials, "&" before the last author, publisher, URL)', () => {
    expect(cslItem(BOOK)).toMatchObject({ type: 'book', publisher: BOOK.venue, ISBN: BOOK.isbn });
    expect(cslBibliography('apa', 'en', [cslItem(BOOK)])).toEqual([
      'Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press (Adaptive Computation and Machine Learning series). https://www.deeplearningbook.org/',
    ]);
  });
});
