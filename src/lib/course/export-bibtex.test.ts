import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { bibtex } from '../references/citation';
import { citeInputOf, exportBibtex } from './export-bibtex';
import { AWKWARD, awkwardInput, realInput } from './exports-fixture';

const OPTIONS = { english: false, caseProtection: false } as const;

describe('bibtex export', () => {
  test('one entry per listed target, in order, the Cite panel’s fields', () => {
    const input = realInput('en', [
      { title: 'Week 1', ids: ['background', 'adam', 'eq-dpo'] },
      { title: 'Week 2', ids: ['adam', 'ex-4-1'] },
    ]);
    const f = exportBibtex(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.bib');
    const lib = parse(f.content as string, OPTIONS);
    expect(lib.errors).toEqual([]);
    // Each entry is exactly the Cite panel's text for its target (whatever keys and fields it uses).
    const items = [...input.modules[0]!.items, input.modules[1]!.items[1]!];
    const texts = items.map((it) => bibtex(citeInputOf(it, input, '2026-12-07')));
    expect(f.content).toBe(`${texts.join('\n\n')}\n`);
    expect(lib.entries.map((e) => e.key)).toEqual(texts.map((t) => parse(t, OPTIONS).entries[0]!.key));
    expect(new Set(lib.entries.map((e) => e.key)).size).toBe(4);
    const adam = lib.entries[1]!;
    expect(adam.fields.title).toBe('Adam');
    expect(adam.fields.url).toBe(input.modules[0]!.items[1]!.target.url.en);
    expect(adam.fields.urldate).toBe('2026-12-07');
    expect(lib.entries[2]!.fields.title).toBe('Equation (2.1)');
  });

  test('awkward titles parse back to the same text; CJK stays UTF-8', () => {
    for (const lang of ['en', 'zh'] as const) {
      const f = exportBibtex(awkwardInput(lang));
      const lib = parse(f.content as string, OPTIONS);
      expect(lib.errors).toEqual([]);
      expect(lib.entries).toHaveLength(4);
      // < and > are written \textless and \textgreater (TeX's default font would print ¡ and ¿).
      const title = lib.entries[0]!.fields.title!;
      expect(title).toBe(`Adam ${AWKWARD}`);
      expect(lib.entries[3]!.fields.title).toBe(lang === 'zh' ? '自注意力' : 'Self-attention');
      expect(f.content as string).toContain('注意：中文');
    }
  });

  test('the parser check catches a broken entry (an unescaped brace)', () => {
    const broken = (exportBibtex(awkwardInput('en')).content as string).replace('{\\textbraceleft}', '{');
    expect(parse(broken, OPTIONS).errors.length).toBeGreaterThan(0);
  });
});
