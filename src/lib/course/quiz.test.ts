import { describe, expect, test } from 'vitest';
import { EXERCISES, type NumericExercise } from '../../data/exercises';
import { answerFor, check, paramsFor } from '../exercises/registry';
import { seedFromSearch } from '../exercises/seed';
import { decimal, quizBank, variantCount } from './quiz';
import { realInput } from './exports-fixture';

const numeric = (id: string) => EXERCISES.find((e) => e.id === id) as NumericExercise;

describe('quiz bank', () => {
  const input = realInput('en', [
    { title: 'Week 1', ids: ['adam', 'ex-4-1', 'ex-1-1'] },
    { title: 'Week 2', ids: ['ex-4-4', 'ex-3-1', 'ex-1-4'] },
  ], 3);
  const bank = quizBank(input);

  test('names, order and types: seeds 1…variants, one question per vector value', () => {
    expect(bank.skipped).toBe(1);
    expect(bank.categories.map((c) => c.path)).toEqual([
      ['Foundation models: a reading list', 'Week 1'],
      ['Foundation models: a reading list', 'Week 2'],
    ]);
    expect(bank.categories[0]!.questions.map((q) => `${q.type} ${q.name}`)).toEqual([
      'numerical ex-4-1 seed 1',
      'numerical ex-4-1 seed 2',
      'numerical ex-4-1 seed 3',
      'multichoice ex-1-1',
    ]);
    const week2 = bank.categories[1]!.questions.map((q) => q.name);
    expect(week2.slice(0, 9)).toEqual([1, 2, 3].flatMap((s) => [1, 2, 3].map((k) => `ex-4-4 seed ${s} [${k}]`)));
    expect(week2.slice(9)).toEqual(['ex-3-1 seed 1', 'ex-3-1 seed 2', 'ex-3-1 seed 3', 'ex-1-4']);
  });

  test('each version has the page’s numbers for ?ex.seed=s and the engine’s answer and acceptance', () => {
    for (const q of bank.categories.flatMap((c) => c.questions)) {
      if (q.type !== 'numerical') continue;
      const e = numeric(q.exercise);
      const setup = { id: e.id, kind: e.kind, settings: e.settings, tolerance: e.tolerance };
      const params = paramsFor(setup, seedFromSearch(`?ex.seed=${q.seed}`).seed);
      const exact = answerFor(e.kind, params);
      const values = typeof exact === 'number' ? [exact] : exact;
      const i = (q.component?.index ?? 1) - 1;
      expect(q.answer).toBe(values[i]);
      expect(Number(decimal(q.answer))).toBe(q.answer);
      // The engine accepts just inside the written tolerance and refuses just outside it.
      const typed = (v: number) => values.map((x, j) => (j === i ? v : x)).map((x) => decimal(x)).join(', ');
      if (q.tolerance === 0) {
        expect(check(setup, params, typed(q.answer + 1)).verdict).not.toBe('correct');
      } else {
        expect(check(setup, params, typed(q.answer + 0.99 * q.tolerance)).verdict).toBe('correct');
        expect(check(setup, params, typed(q.answer + 1.01 * q.tolerance)).verdict).not.toBe('correct');
      }
      expect(check(setup, params, typed(q.answer)).verdict).toBe('correct');
    }
  });

  test('modules without exercises have no category; a list without any gives one description', () => {
    const only = quizBank(realInput('zh', [{ title: '第一周', ids: ['adam'] }, { title: '第二周', ids: [] }]));
    expect(only.categories).toEqual([{ path: ['基础模型导读'], questions: [{ type: 'description', name: '没有练习', text: '<p>这份阅读清单中没有练习，因此题库中没有题目。</p>' }] }]);
    expect(only.skipped).toBe(1);
    const some = quizBank(realInput('en', [{ title: 'A', ids: ['adam'] }, { title: 'B', ids: ['ex-1-1'] }]));
    expect(some.categories.map((c) => c.path)).toEqual([['Foundation models: a reading list', 'B']]);
  });

  test('variants: a whole number from 1 to 50, else 5', () => {
    expect([variantCount(0), variantCount(2.5), variantCount(Number.NaN), variantCount(3), variantCount(500)]).toEqual([5, 5, 5, 3, 50]);
  });

  test('decimal(): digits only, read back exactly', () => {
    for (const x of [0, -0.525, 1e-7, -4.5e-12, 123456789, 1e21, 0.1 + 0.2]) {
      const s = decimal(x);
      expect(s).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(s)).toBe(x);
    }
  });
});
