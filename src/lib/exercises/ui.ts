/** The exercises' interface words, in both languages (kept small: the islands load it). */
import type { Lang } from '../book/book';
import type { AnswerError, CheckResult } from './engine';
import type { SeedResult } from './seed';
import { MAX_SEED } from './limits';

export const EX_UI = {
  en: {
    exercise: 'Exercise',
    heading: 'Exercises',
    /** The exercise title's controls (in a chapter): copy its link, open its embed page, cite it. */
    copyLink: (label: string) => `Copy link to ${label}`,
    embed: 'Embed',
    cite: 'Cite',
    practises: 'Practises:',
    difficulty: { 1: 'Difficulty: easy', 2: 'Difficulty: medium', 3: 'Difficulty: hard' } as Record<number, string>,
    kindLabel: { choice: 'Multiple choice', short: 'Short answer', numeric: 'Numeric' } as Record<string, string>,
    answer: 'Your answer',
    answerHelpScalar: 'One number.',
    answerHelpVector: (n: number) => `${n} numbers, separated by commas.`,
    tolerance: (rtol: number) => (rtol === 0 ? 'The answer must be exact.' : `Counted correct within a relative ${rtol} of the exact value (give at least 4 significant digits).`),
    check: 'Check',
    newNumbers: 'New numbers',
    seed: (s: number) => `Numbers for seed ${s}.`,
    correct: 'Correct.',
    incorrect: 'Incorrect.',
    invalid: 'Cannot check this answer:',
    solution: 'Worked solution',
    answerIs: 'Answer:',
    modelAnswer: 'Model answer',
    explanations: 'Explanation of every option',
    chooseOne: 'Choose one option before checking.',
    markDone: 'Mark as answered',
    marked: 'Marked as answered.',
    state: { none: 'Not attempted', attempted: 'Attempted', solved: 'Solved' } as Record<string, string>,
    progressLabel: 'Your progress',
    notSaved: {
      full: 'Your answer was checked, but your progress was not saved: this browser’s storage for this site is full.',
      unavailable: 'Your answer was checked, but your progress is not kept here: this browser does not let this page store anything (an embedded page with storage blocked, for example).',
    } as Record<string, string>,
    optionExplanation: (letter: string) => `Option ${letter}:`,
    correctOption: 'correct',
    wrongOption: 'not correct',
    seedError: (r: SeedResult) =>
      `The seed “${r.token ?? ''}” in the link is ${r.error === 'negative' ? 'negative' : r.error === 'too-large' ? 'too large' : 'not a whole number'}: seeds are whole numbers from 0 to ${MAX_SEED.toLocaleString('en')}. Showing the numbers for seed 1.`,
    expectedScalar: (got: number) => `enter one number (you entered ${got}).`,
    wrongLength: (expected: number, got: number) => `enter ${expected} numbers separated by commas (you entered ${got}).`,
  },
  zh: {
    exercise: '练习',
    heading: '练习',
    copyLink: (label: string) => `复制${label}的链接`,
    embed: '嵌入',
    cite: '引用',
    practises: '练习内容：',
    difficulty: { 1: '难度：易', 2: '难度：中', 3: '难度：难' } as Record<number, string>,
    kindLabel: { choice: '选择题', short: '简答题', numeric: '计算题' } as Record<string, string>,
    answer: '你的答案',
    answerHelpScalar: '一个数。',
    answerHelpVector: (n: number) => `${n} 个数，用逗号分隔。`,
    tolerance: (rtol: number) => (rtol === 0 ? '答案必须完全正确。' : `与精确值的相对误差在 ${rtol} 以内即算正确（请至少给出 4 位有效数字）。`),
    check: '检查',
    newNumbers: '换一组数',
    seed: (s: number) => `种子 ${s} 的数值。`,
    correct: '正确。',
    incorrect: '不正确。',
    invalid: '无法检查这个答案：',
    solution: '详解',
    answerIs: '答案：',
    modelAnswer: '参考答案',
    explanations: '各选项解析',
    chooseOne: '请先选择一个选项再检查。',
    markDone: '标记为已作答',
    marked: '已标记为已作答。',
    state: { none: '未作答', attempted: '已尝试', solved: '已完成' } as Record<string, string>,
    progressLabel: '你的进度',
    notSaved: {
      full: '答案已检查，但进度没有保存：此浏览器为本网站提供的存储空间已满。',
      unavailable: '答案已检查，但进度不会保存在这里：此浏览器不允许这个页面保存数据（例如嵌入在其他网站中且存储被阻止时）。',
    } as Record<string, string>,
    optionExplanation: (letter: string) => `选项 ${letter}：`,
    correctOption: '正确',
    wrongOption: '不正确',
    seedError: (r: SeedResult) =>
      `链接中的种子“${r.token ?? ''}”${r.error === 'negative' ? '是负数' : r.error === 'too-large' ? '太大' : '不是整数'}：种子必须是 0 到 ${MAX_SEED} 之间的整数。现在显示种子 1 的数值。`,
    expectedScalar: (got: number) => `请只输入一个数（你输入了 ${got} 个）。`,
    wrongLength: (expected: number, got: number) => `请输入 ${expected} 个数，用逗号分隔（你输入了 ${got} 个）。`,
  },
};

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The message for an invalid answer (a small formatter of its own: the islands do not load the calculators' messages). */
export function answerErrorText(e: AnswerError, lang: Lang): string {
  const ui = EX_UI[lang];
  const zh = lang === 'zh';
  switch (e.code) {
    case 'parse': {
      const p = e.error;
      const at = p.index ? (zh ? `第 ${p.index} 项` : `item ${p.index}: `) : '';
      switch (p.code) {
        case 'empty':
          return zh ? '答案为空：请至少输入一个数。' : 'the answer is empty: enter a number.';
        case 'too-many':
          return zh ? '数值太多。' : 'too many values.';
        case 'not-finite':
          return zh ? `${at}“${p.token ?? ''}”不是有限数。` : `${at}“${p.token ?? ''}” is not a finite number.`;
        default:
          return zh ? `${at}“${p.token ?? ''}”不是数字。` : `${at}“${p.token ?? ''}” is not a number.`;
      }
    }
    case 'expected-scalar':
      return ui.expectedScalar(e.got);
    case 'wrong-length':
      return ui.wrongLength(e.expected, e.got);
  }
}

/** The verdict line, with the hints of the page's language (passed in: the islands receive only theirs). */
export function verdictLine(r: CheckResult, lang: Lang, hints: Record<string, string>): string {
  const ui = EX_UI[lang];
  const sep = lang === 'zh' ? '' : ' ';
  switch (r.verdict) {
    case 'correct':
      return ui.correct;
    case 'incorrect':
      return `${ui.incorrect}${sep}${hints[r.hint] ?? hints.generic ?? ''}`;
    case 'invalid':
      return `${ui.invalid}${sep}${answerErrorText(r.error, lang)}`;
  }
}
