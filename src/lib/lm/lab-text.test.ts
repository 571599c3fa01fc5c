import { describe, expect, it } from 'vitest';
import { LANGS } from '../book/book';
import { controlNameProblem } from '../checks/control-names';
import { corpusInSentence, corpusName, fmt, fmtInt, LAB_TEXT, MODE_NAMES } from './lab-text';
import { LM_LABELS, MODES } from './state';

describe('the tiny LM lab’s words', () => {
  for (const lang of LANGS) {
    it(`${lang}: every control is named by what it does`, () => {
      const t = LAB_TEXT[lang];
      const names = [t.train, t.stop, t.reset, t.generate, t.ownText, t.length, t.sampleSeed, t.layer, t.head, t.attentionTable, ...Object.values(LM_LABELS).map((l) => l[lang]), ...MODES.map((m) => MODE_NAMES[m][lang])];
      for (const n of names) expect(controlNameProblem(n), n).toBeNull();
    });
  }
  it('names corpora in both languages, chapters with their numbers', () => {
    expect(corpusName('chapter:practice', 'en')).toBe('Chapter 5: Project Practice: Code and Explanation');
    expect(corpusName('chapter:practice', 'zh')).toBe('第 5 章：项目实践：代码实例和详细解释');
    expect(corpusInSentence('chapter:math', 'zh')).toBe('第 4 章');
    expect(corpusInSentence('book', 'en')).toBe('the whole book');
  });
  it('never shows NaN or Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(fmt(v)).toBe('—');
      expect(fmtInt(v, 'en')).toBe('—');
    }
    expect(fmtInt(12345, 'en')).toBe('12,345');
  });
});
