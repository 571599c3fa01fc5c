import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { exportHtml } from './export-html';
import { AWKWARD, awkwardInput, realInput } from './exports-fixture';

function parse(html: string) {
  const messages: string[] = [];
  const tree = fromHtml(html, {
    onerror: (e) => {
      messages.push(`${e.ruleId}: ${e.reason}`);
    },
  });
  return { tree, messages };
}

describe('html export', () => {
  test('a complete page without script: title, modules, numbered items, both editions, time, edition', () => {
    const input = realInput('en', [
      { title: 'Week 1', ids: ['background', 'adam'] },
      { title: 'Week 2', ids: ['ex-4-1'] },
    ]);
    input.modules[0]!.items[1]!.note = 'Read before the lab.';
    input.minutesRule = 'Reading time: words / 200 <per minute>.';
    const f = exportHtml(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.html');
    expect(f.mime).toBe('text/html;charset=utf-8');
    const { tree, messages } = parse(f.content as string);
    expect(messages).toEqual([]);
    expect(select('html', tree)!.properties.lang).toBe('en');
    expect(selectAll('script, link, img, iframe', tree)).toHaveLength(0);
    expect(toString(select('title', tree)!)).toBe('Foundation models: a reading list');
    expect(toString(select('h1', tree)!)).toBe('Foundation models: a reading list');
    expect(selectAll('h2', tree).map((h) => toString(h))).toEqual(['Week 1', 'Week 2']);
    const lists = selectAll('ol', tree);
    expect(lists).toHaveLength(2);
    const links = selectAll('a', lists[0]!).map((a) => [toString(a), a.properties.href]);
    const adam = input.modules[0]!.items[1]!.target;
    expect(links).toEqual([
      ['1. Background', input.modules[0]!.items[0]!.target.url.en],
      ['中文版', input.modules[0]!.items[0]!.target.url.zh],
      ['4.2.4 Adam', adam.url.en],
      ['中文版', adam.url.zh],
    ]);
    const text = toString(select('main', tree)!);
    expect(text).toContain('Third edition (2026-12-06)');
    expect(text).toContain('about 4 min');
    expect(text).toContain('Estimated reading time: about 4 min. Reading time: words / 200 <per minute>.');
    expect(toString(select('.note', tree)!)).toBe('Note: Read before the lab.');
  });

  test('awkward titles and notes are text, never markup; CJK kept as UTF-8', () => {
    for (const lang of ['en', 'zh'] as const) {
      const f = exportHtml(awkwardInput(lang));
      const { tree, messages } = parse(f.content as string);
      expect(messages).toEqual([]);
      expect(toString(select('h1', tree)!)).toBe(AWKWARD);
      expect(selectAll('b', tree)).toHaveLength(0);
      expect(selectAll('h2', tree).map((h) => toString(h))).toEqual([`Week 1 ${AWKWARD}`, '第二周：「注意力」']);
      expect(toString(select('ol a', tree)!)).toBe(`4.2.4 Adam ${AWKWARD}`);
      expect(toString(select('.note', tree)!)).toContain(AWKWARD);
      expect(f.content as string).toContain('注意：中文');
    }
  });

  test('the escape is needed: the same text unescaped would become an element', () => {
    const { tree } = parse(`<h1>${AWKWARD}</h1>`);
    expect(selectAll('b', tree)).toHaveLength(1);
  });
});
