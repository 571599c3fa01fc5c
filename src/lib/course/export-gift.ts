/**
 * The quiz bank as GIFT (docs.moodle.org, "GIFT format"): a `$CATEGORY:` per module (the same path as
 * the Moodle XML export), then its questions, one block each, separated by blank lines:
 * `::name::[html]text{#answer:tolerance####[html]worked solution}` (numerical),
 * `{=option#explanation ~option#explanation …}` (multiple choice) and `{####[html]model answer}`
 * (essay); a list without exercises gives one description. Names and texts escape GIFT's special characters `~ = # { } :` and the backslash with a
 * backslash and write line breaks as `\n`, exactly as Moodle's own GIFT exporter does (`repchar`),
 * so no text can end a block or open an answer. See ./quiz.ts for what the questions hold.
 */
import type { ExportFile, ExportInput } from './types';
import { fileStem } from './export-common';
import { categoryPath } from './export-moodle-xml';
import { decimal, quizBank, quizStrings, type QuizQuestion } from './quiz';

/** GIFT's escapes: `\` `~` `=` `#` `{` `}` `:` get a backslash; a line break becomes `\n`. */
export function giftEscape(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\\~=#{}:\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

const html = (s: string) => `[html]${giftEscape(s)}`;

function question(q: QuizQuestion): string {
  const head = `::${giftEscape(q.name)}::${html(q.text)}`;
  if (q.type === 'numerical') return `${head}{#${decimal(q.answer)}:${decimal(q.tolerance)}####${html(q.feedback)}}`;
  if (q.type === 'description') return head;
  if (q.type === 'multichoice') {
    const options = q.choices.map((c) => `\t${c.correct ? '=' : '~'}${giftEscape(c.text)}#${giftEscape(c.feedback)}`);
    return `${head}{\n${options.join('\n')}\n}`;
  }
  return `${head}{####${html(q.feedback)}}`;
}

/** A comment line: `//` then the text on one line. */
const comment = (s: string) => `// ${s.replace(/[\r\n]+/g, ' ')}`;

export function exportGift(input: ExportInput): ExportFile {
  const bank = quizBank(input);
  const s = quizStrings(input.lang);
  const blocks: string[] = [[comment(s.generated), ...(bank.skipped > 0 ? [comment(s.skipped(bank.skipped))] : [])].join('\n')];
  for (const c of bank.categories) {
    // Moodle reads the category line without GIFT's escapes, except that `\\` stands for `\`
    // (its escapedchar_pre runs first): backslashes are doubled, nothing else is escaped.
    blocks.push(`$CATEGORY: ${categoryPath(['$course$', 'top', ...c.path]).replace(/\\/g, '\\\\')}`);
    for (const q of c.questions) blocks.push(question(q));
  }
  return { filename: `${fileStem(input.title)}.gift.txt`, mime: 'text/plain;charset=utf-8', content: `${blocks.join('\n\n')}\n` };
}
