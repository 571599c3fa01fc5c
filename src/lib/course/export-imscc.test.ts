import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { cartridgeFiles, CC_NS, exportImscc, WL_NS, WL_TYPE } from './export-imscc';
import { AWKWARD, awkwardInput, realInput } from './exports-fixture';
import { parseXml } from './xml-test-utils';
import type { ExportInput } from './types';

type Node = Record<string, unknown>;
const ARRAYS = ['item', 'resource', 'file'];

function unpack(input: ExportInput) {
  const f = exportImscc(input);
  const zip = unzipSync(f.content as Uint8Array);
  const text = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
  const manifest = parseXml(text['imsmanifest.xml']!, ARRAYS).manifest as Node;
  return { f, zip, text, manifest };
}

/** Modules as [title, [[item title, href of its web link, web-link title]]], read from the zip. */
function outline(text: Record<string, string>, manifest: Node) {
  const resources = new Map(((manifest.resources as Node).resource as Node[]).map((r) => [r['@identifier'] as string, r]));
  const org = (manifest.organizations as Node).organization as Node;
  expect(org['@structure']).toBe('rooted-hierarchy');
  const roots = org.item as Node[];
  expect(roots).toHaveLength(1);
  return ((roots[0]!.item as Node[] | undefined) ?? []).map((m) => [
    m.title,
    ((m.item as Node[] | undefined) ?? []).map((it) => {
      const r = resources.get(it['@identifierref'] as string)!;
      expect(r['@type']).toBe(WL_TYPE);
      const path = (r.file as Node[])[0]!['@href'] as string;
      const wl = parseXml(text[path]!).webLink as Node;
      expect(wl['@xmlns']).toBe(WL_NS);
      return [it.title, (wl.url as Node)['@href'], wl.title];
    }),
  ]);
}

describe('imscc export', () => {
  test('a CC 1.3 zip: manifest with one module per group, one web link per item, in order', () => {
    const input = realInput('en', [
      { title: 'Week 1', ids: ['background', 'adam'] },
      { title: 'Week 2', ids: ['ex-4-1', 'example-adam'] },
    ]);
    const { f, zip, text, manifest } = unpack(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.imscc');
    expect(Object.keys(zip)[0]).toBe('imsmanifest.xml');
    expect(Object.keys(zip)).toHaveLength(5);
    expect(manifest['@xmlns']).toBe(CC_NS);
    const meta = manifest.metadata as Node;
    expect(meta.schema).toBe('IMS Common Cartridge');
    expect(meta.schemaversion).toBe('1.3.0');
    const t = input.modules.map((m) => m.items.map((i) => i.target));
    expect(outline(text, manifest)).toEqual([
      [
        'Week 1',
        [
          ['1. Background', t[0]![0]!.url.en, '1. Background'],
          ['4.2.4 Adam', t[0]![1]!.url.en, '4.2.4 Adam'],
        ],
      ],
      [
        'Week 2',
        [
          ['Exercise 4.1', t[1]![0]!.url.en, 'Exercise 4.1'],
          [t[1]![1]!.title.en, t[1]![1]!.url.en, t[1]![1]!.title.en],
        ],
      ],
    ]);
    // The same list gives the same bytes.
    expect(exportImscc(input).content).toEqual(f.content);
  });

  test('awkward titles come back exactly; the chosen edition’s language and URLs', () => {
    const input = awkwardInput('zh');
    const { text, manifest } = unpack(input);
    const title = ((((manifest.metadata as Node)['lomimscc:lom'] as Node)['lomimscc:general'] as Node)['lomimscc:title'] as Node)['lomimscc:string'] as Node;
    expect(title['#text']).toBe(AWKWARD);
    expect(title['@language']).toBe('zh');
    const out = outline(text, manifest);
    expect(out.map((m) => m[0])).toEqual([`Week 1 ${AWKWARD}`, '第二周：「注意力」']);
    expect(out[0]![1]).toEqual([
      [`4.2.4 Adam ${AWKWARD}`, input.modules[0]!.items[0]!.target.url.zh, `4.2.4 Adam ${AWKWARD}`],
      ['示例：Adam 的一步', input.modules[0]!.items[1]!.target.url.zh, '示例：Adam 的一步'],
      ['练习 4.1', input.modules[0]!.items[2]!.target.url.zh, '练习 4.1'],
    ]);
  });

  test('an empty module stays a folder; characters XML forbids are dropped, never written', () => {
    const input = awkwardInput('en');
    input.modules.push({ title: 'Empty \u0001 week', items: [] });
    const { manifest } = unpack(input);
    const roots = ((manifest.organizations as Node).organization as Node).item as Node[];
    expect((roots[0]!.item as Node[])[2]!.title).toBe('Empty  week');
  });

  test('the validator catches a broken manifest (an unescaped ampersand)', () => {
    const manifest = cartridgeFiles(awkwardInput('en'))['imsmanifest.xml']!;
    expect(() => parseXml(manifest.replace('&amp;', '&'))).toThrow(/XML rejected/);
  });
});
