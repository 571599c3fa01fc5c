import { describe, expect, test } from 'vitest';
import { inflateSync } from 'node:zlib';
import { decodeInventory, encodeInventory, type Inventory } from './objects-inv';

const INV: Inventory = {
  project: 'The Socio-Technical Nature of Foundation Models',
  version: '2',
  items: [
    { name: 'math', domain: 'std', role: 'label', priority: -1, uri: 'math/', dispname: 'Mathematical Models and Formulas' },
    { name: 'momentum', domain: 'std', role: 'label', priority: -1, uri: 'math/#momentum', dispname: 'Momentum' },
    { name: 'eq-mse', domain: 'std', role: 'label', priority: -1, uri: 'math/#eq-mse', dispname: '公式 (4.1)' },
    { name: 'same', domain: 'std', role: 'label', priority: -1, uri: 'faq/#other', dispname: 'same' },
  ],
};

describe('objects.inv (Sphinx inventory v2)', () => {
  test('header lines in clear text, then a zlib body of `name domain:role priority uri dispname` lines', () => {
    const bytes = Buffer.from(encodeInventory(INV));
    const head = bytes.subarray(0, 200).toString('latin1').split('\n').slice(0, 4);
    expect(head).toEqual([
      '# Sphinx inventory version 2',
      '# Project: The Socio-Technical Nature of Foundation Models',
      '# Version: 2',
      '# The remainder of this file is compressed using zlib.',
    ]);
    const headLen = head.join('\n').length + 1;
    const body = inflateSync(bytes.subarray(Buffer.byteLength(head.join('\n') + '\n', 'utf8'))).toString('utf8');
    expect(headLen).toBeGreaterThan(0);
    expect(body).toBe(
      [
        'math std:label -1 math/ Mathematical Models and Formulas',
        // the uri's trailing "#<name>" becomes "#$", as Sphinx writes it
        'momentum std:label -1 math/#$ Momentum',
        'eq-mse std:label -1 math/#$ 公式 (4.1)',
        // a dispname equal to the name is written "-"
        'same std:label -1 faq/#other -',
        '',
      ].join('\n'),
    );
  });

  test('round trip on in-memory data (UTF-8 titles kept)', () => {
    expect(decodeInventory(encodeInventory(INV))).toEqual(INV);
  });

  test('a name with spaces or a non-v2 file is refused', () => {
    expect(() => encodeInventory({ ...INV, items: [{ ...INV.items[0]!, name: 'a b' }] })).toThrow(/one word/);
    expect(() => decodeInventory(new TextEncoder().encode('# Sphinx inventory version 1\n# Project: x\n# Version: 1\nfoo\n'))).toThrow(/version 2/);
  });

  test('titles with line breaks are written on one line', () => {
    const inv = { ...INV, items: [{ ...INV.items[1]!, dispname: 'Two\nlines' }] };
    expect(decodeInventory(encodeInventory(inv)).items[0]!.dispname).toBe('Two lines');
  });
});
