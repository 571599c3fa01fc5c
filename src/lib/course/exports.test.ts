import { describe, expect, test } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { EXPORT_FORMATS, EXPORTS } from './exports';
import { awkwardInput, realInput } from './exports-fixture';
import { parseXml } from './xml-test-utils';
import type { ExportFile, ExportInput } from './types';

/** Every format's own check: the file parses back. */
function parsesBack(format: string, f: ExportFile): void {
  const text = typeof f.content === 'string' ? f.content : '';
  if (format === 'gift') expect(() => parseGift(text)).not.toThrow();
  if (format === 'bibtex') expect(parseBib(text).errors).toEqual([]);
  if (format === 'moodle-xml') parseXml(text);
  if (format === 'html') expect(text).toMatch(/^<!DOCTYPE html>/);
  if (format === 'imscc') {
    const zip = unzipSync(f.content as Uint8Array);
    for (const [path, bytes] of Object.entries(zip)) parseXml(strFromU8(bytes)), expect(path).toMatch(/^(imsmanifest|links\/\d+)\.xml$/);
  }
}

describe('EXPORTS', () => {
  test('the formats in display order, each a function, file names per format', () => {
    expect(EXPORT_FORMATS).toEqual(['markdown', 'html', 'bibtex', 'imscc', 'moodle-xml', 'gift']);
    expect(Object.keys(EXPORTS).sort()).toEqual([...EXPORT_FORMATS].sort());
    const input = realInput('en', [{ title: 'Week 1', ids: ['adam', 'ex-4-1'] }], 1);
    expect(EXPORT_FORMATS.map((k) => EXPORTS[k](input).filename)).toEqual([
      'foundation-models-a-reading-list.md',
      'foundation-models-a-reading-list.html',
      'foundation-models-a-reading-list.bib',
      'foundation-models-a-reading-list.imscc',
      'foundation-models-a-reading-list.moodle.xml',
      'foundation-models-a-reading-list.gift.txt',
    ]);
  });

  test('every format on an empty list, an empty module, awkward titles and both languages gives a file its parser takes', () => {
    const inputs: ExportInput[] = [
      realInput('en', []),
      realInput('zh', [{ title: '', ids: [] }]),
      realInput('en', [{ title: 'Only sections', ids: ['adam', 'background'] }]),
      awkwardInput('en'),
      awkwardInput('zh'),
      { ...awkwardInput('en'), title: '', variants: Number.NaN },
    ];
    for (const input of inputs) {
      for (const format of EXPORT_FORMATS) {
        const f = EXPORTS[format](input);
        expect(f.filename).toMatch(/^[a-z0-9-]+\.[a-z.]+$/);
        parsesBack(format, f);
      }
    }
  });
});
