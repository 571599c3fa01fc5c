import { describe, expect, test } from 'vitest';
import { categoryPath, exportMoodleXml } from './export-moodle-xml';
import { AWKWARD, awkwardInput, realInput, target } from './exports-fixture';
import { quizBank } from './quiz';
import { parseXml } from './xml-test-utils';

type Node = Record<string, unknown>;
const text = (n: unknown) => (n as Node).text as string;

function questions(xml: string): Node[] {
  return ((parseXml(xml, ['question', 'answer']).quiz as Node).question as Node[]) ?? [];
}

describe('moodle xml export', () => {
  const input = realInput('en', [
    { title: 'Week 1', ids: ['adam', 'ex-4-1', 'ex-1-1'] },
    { title: 'Week 2', ids: ['ex-4-4', 'ex-1-4'] },
  ], 2);

  test('categories and questions in order, answers and tolerances exactly the bank’s', () => {
    const f = exportMoodleXml(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.moodle.xml');
    const qs = questions(f.content as string);
    expect(qs.map((q) => `${q['@type']} ${q['@type'] === 'category' ? text(q.category) : text(q.name)}`)).toEqual([
      'category $course$/top/Foundation models: a reading list/Week 1',
      'numerical ex-4-1 seed 1',
      'numerical ex-4-1 seed 2',
      'multichoice ex-1-1',
      'category $course$/top/Foundation models: a reading list/Week 2',
      ...[1, 2].flatMap((s) => [1, 2, 3].map((k) => `numerical ex-4-4 seed ${s} [${k}]`)),
      'essay ex-1-4',
    ]);
    const bank = quizBank(input).categories.flatMap((c) => c.questions);
    const xmlQs = qs.filter((q) => q['@type'] !== 'category');
    bank.forEach((b, i) => {
      const q = xmlQs[i]!;
      expect(text(q.name)).toBe(b.name);
      expect(text(q.questiontext)).toBe(b.text);
      if (b.type === 'numerical') {
        const [a] = q.answer as Node[];
        expect(a!['@fraction']).toBe('100');
        expect(Number(a!.text)).toBe(b.answer);
        expect(Number(a!.tolerance)).toBe(b.tolerance);
        expect(text(q.generalfeedback)).toBe(b.feedback);
        expect(b.feedback).toContain('\\[');
      }
      if (b.type === 'multichoice') {
        expect(q.single).toBe('true');
        const answers = q.answer as Node[];
        expect(answers.map((x) => [x['@fraction'], x.text, text(x.feedback)])).toEqual(b.choices.map((c) => [c.correct ? '100' : '0', c.text, c.feedback]));
        expect(answers.filter((x) => x['@fraction'] === '100')).toHaveLength(1);
      }
      if (b.type === 'essay') expect(text(q.graderinfo)).toBe(b.feedback);
    });
    expect(f.content as string).toContain('<!-- 1 listed item is not an exercise');
  });

  test('awkward titles: the category path comes back exactly; CJK as UTF-8', () => {
    const a = awkwardInput('zh');
    a.modules[1]!.title = 'A/B 第二周';
    a.modules[1]!.items.push({ target: target('ex-3-1') });
    const qs = questions(exportMoodleXml(a).content as string);
    const cats = qs.filter((q) => q['@type'] === 'category').map((q) => text(q.category));
    // Split as Moodle's importer does (qformat_default::split_category_path).
    const split = (path: string) => path.split(/(?<!\/)\/(?!\/)/).map((n) => n.replace(/\/\//g, '/').trim());
    expect(cats.map(split)).toEqual([
      ['$course$', 'top', AWKWARD, `Week 1 ${AWKWARD}`],
      ['$course$', 'top', AWKWARD, 'A/B 第二周'],
    ]);
    expect(cats[1]).toBe(categoryPath(['$course$', 'top', AWKWARD, 'A/B 第二周']));
    expect(qs.find((q) => q['@type'] === 'numerical')).toBeDefined();
    expect(text(qs[1]!.questiontext)).toContain('真实值');
  });

  test('a text holding "]]>" stays inside its CDATA section', () => {
    const a = realInput('en', [{ title: 'W', ids: ['ex-1-1'] }]);
    const f = exportMoodleXml({ ...a, title: 'x ]]> y' });
    expect(() => questions(f.content as string)).not.toThrow();
  });

  test('the validator catches a broken file (an unescaped "<" in a name)', () => {
    const xml = (exportMoodleXml(awkwardInput('en')).content as string).replace('&lt;b&gt;', '<b>');
    expect(() => parseXml(xml)).toThrow(/XML rejected/);
  });
});
