import { describe, expect, test } from 'vitest';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { exportGift, giftEscape } from './export-gift';
import { categoryPath } from './export-moodle-xml';
import { AWKWARD, awkwardInput, realInput, target } from './exports-fixture';
import { quizBank } from './quiz';

describe('gift export', () => {
  const input = realInput('en', [
    { title: 'Week 1', ids: ['adam', 'ex-4-1', 'ex-1-1'] },
    { title: 'Week 2', ids: ['ex-4-4', 'ex-3-1', 'ex-1-4'] },
  ], 2);

  test('parsed back by gift-pegjs: categories, names, texts, answers, tolerances, feedback', () => {
    const f = exportGift(input);
    expect(f.filename).toBe('foundation-models-a-reading-list.gift.txt');
    const qs = parse(f.content as string);
    const bank = quizBank(input);
    const expected = bank.categories.flatMap((c) => [{ category: categoryPath(['$course$', 'top', ...c.path]) }, ...c.questions]);
    expect(qs).toHaveLength(expected.length);
    qs.forEach((q: GIFTQuestion, i) => {
      const b = expected[i]!;
      if ('category' in b) {
        expect(q.type).toBe('Category');
        expect(q.title).toBe(b.category);
        return;
      }
      expect(q.title).toBe(b.name);
      if (q.type === 'Category') throw new Error('unexpected category');
      expect(q.stem).toEqual({ format: 'html', text: b.text });
      if (b.type === 'numerical') {
        expect(q.type).toBe('Numerical');
        if (q.type !== 'Numerical') return;
        expect(q.choices).toEqual({ type: 'range', number: b.answer, range: b.tolerance });
        expect(q.globalFeedback).toEqual({ format: 'html', text: b.feedback });
      } else if (b.type === 'multichoice') {
        expect(q.type).toBe('MC');
        if (q.type !== 'MC') return;
        expect(q.choices.map((c) => [c.isCorrect, c.text.text, c.feedback?.text])).toEqual(b.choices.map((c) => [c.correct, c.text, c.feedback]));
      } else if (b.type === 'essay') {
        expect(q.type).toBe('Essay');
        if (q.type !== 'Essay') return;
        expect(q.globalFeedback).toEqual({ format: 'html', text: b.feedback });
      } else {
        expect(q.type).toBe('Description');
      }
    });
    expect(f.content as string).toMatch(/^\/\/ Generated from the book’s exercise engine/);
  });

  test('awkward titles, CJK prompts: every special character escaped, parsed back intact', () => {
    const a = awkwardInput('zh');
    a.modules[1]!.items.push({ target: target('ex-3-1') });
    const f = exportGift(a);
    const qs = parse(f.content as string);
    expect(qs[0]).toMatchObject({ type: 'Category', title: categoryPath(['$course$', 'top', AWKWARD, `Week 1 ${AWKWARD}`]).replace(/\\/g, '\\\\') });
    const num = qs.find((q) => q.type === 'Numerical')!;
    expect(num.title).toBe('ex-4-1 seed 1');
    if (num.type === 'Numerical') expect(num.stem.text).toContain('真实值');
    expect(qs.filter((q) => q.type === 'Category')[1]).toMatchObject({ type: 'Category', title: '$course$/top/' + AWKWARD.replace(/\//g, '//').replace(/\\/g, '\\\\') + '/第二周：「注意力」' });
    // A question name with every special character comes back exactly.
    expect(parse(`::${giftEscape(AWKWARD)}::${giftEscape('Q: a = {1}? #2 ~3')}{#1:0}`)[0]).toMatchObject({
      title: AWKWARD,
      stem: { text: 'Q: a = {1}? #2 ~3' },
    });
  });

  test('the parser check catches a broken file (an unescaped brace in a text)', () => {
    const f = exportGift(input).content as string;
    const broken = f.replace('\\{', '{');
    expect(broken).not.toBe(f);
    expect(() => parse(broken)).toThrow();
  });
});
