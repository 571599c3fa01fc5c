/**
 * The quiz bank as Moodle XML (docs.moodle.org, "Moodle XML format"): a `<quiz>` with, per module,
 * a `category` question (`$course$/top/<list title>/<module title>`, a `/` in a name doubled as
 * Moodle's own exporter does) followed by its questions: `numerical` (answer fraction 100, absolute
 * tolerance, the worked solution as general feedback), `multichoice` (single answer, each option's
 * explanation as its feedback) and `essay` (the model answer as grader information and general
 * feedback); a list without exercises gives one `description`. Texts are HTML in CDATA sections; see ./quiz.ts for what the questions hold.
 */
import type { ExportFile, ExportInput } from './types';
import { fileStem } from './export-common';
import { decimal, quizBank, quizStrings, type QuizQuestion } from './quiz';
import { cdata, xmlEscape } from './xml-escape';

/** A category path as Moodle assembles it: names joined by `/`, a `/` inside a name doubled. */
export function categoryPath(names: readonly string[]): string {
  return names
    .map((n) => {
      let s = n.replace(/[\r\n]+/g, ' ').trim().replace(/\//g, '//');
      if (s.startsWith('/')) s = ` ${s}`;
      if (s.endsWith('/')) s = `${s} `;
      return s;
    })
    .join('/');
}

const html = (tag: string, text: string, indent: string) => `${indent}<${tag} format="html">\n${indent}  <text>${cdata(text)}</text>\n${indent}</${tag}>`;

function question(q: QuizQuestion): string {
  const head = [
    `  <question type="${q.type}">`,
    `    <name>\n      <text>${xmlEscape(q.name)}</text>\n    </name>`,
    html('questiontext', q.text, '    '),
  ];
  const tail = ['  </question>'];
  if (q.type === 'description') return [...head, '    <defaultgrade>0</defaultgrade>', '    <hidden>0</hidden>', ...tail].join('\n');
  if (q.type === 'numerical') {
    return [
      ...head,
      html('generalfeedback', q.feedback, '    '),
      '    <defaultgrade>1</defaultgrade>',
      '    <penalty>0.3333333</penalty>',
      '    <hidden>0</hidden>',
      `    <answer fraction="100" format="moodle_auto_format">`,
      `      <text>${decimal(q.answer)}</text>`,
      `      <tolerance>${decimal(q.tolerance)}</tolerance>`,
      `      <feedback format="html">\n        <text></text>\n      </feedback>`,
      '    </answer>',
      '    <unitgradingtype>0</unitgradingtype>',
      '    <unitpenalty>0.1000000</unitpenalty>',
      '    <showunits>3</showunits>',
      '    <unitsleft>0</unitsleft>',
      ...tail,
    ].join('\n');
  }
  if (q.type === 'multichoice') {
    return [
      ...head,
      `    <generalfeedback format="html">\n      <text></text>\n    </generalfeedback>`,
      '    <defaultgrade>1</defaultgrade>',
      '    <penalty>0.3333333</penalty>',
      '    <hidden>0</hidden>',
      '    <single>true</single>',
      '    <shuffleanswers>true</shuffleanswers>',
      '    <answernumbering>ABCD</answernumbering>',
      ...q.choices.map((c) =>
        [`    <answer fraction="${c.correct ? 100 : 0}" format="html">`, `      <text>${cdata(c.text)}</text>`, html('feedback', c.feedback, '      '), '    </answer>'].join('\n'),
      ),
      ...tail,
    ].join('\n');
  }
  return [
    ...head,
    html('generalfeedback', q.feedback, '    '),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    '    <responseformat>editor</responseformat>',
    '    <responserequired>1</responserequired>',
    '    <responsefieldlines>10</responsefieldlines>',
    '    <attachments>0</attachments>',
    html('graderinfo', q.feedback, '    '),
    ...tail,
  ].join('\n');
}

export function exportMoodleXml(input: ExportInput): ExportFile {
  const bank = quizBank(input);
  const s = quizStrings(input.lang);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  // A comment may not contain "--" (XML 1.0); the generated notes contain none.
  out.push(`<!-- ${s.generated} -->`);
  if (bank.skipped > 0) out.push(`<!-- ${s.skipped(bank.skipped)} -->`);
  for (const c of bank.categories) {
    out.push(`  <question type="category">\n    <category>\n      <text>${xmlEscape(categoryPath(['$course$', 'top', ...c.path]))}</text>\n    </category>\n  </question>`);
    for (const q of c.questions) out.push(question(q));
  }
  out.push('</quiz>', '');
  return { filename: `${fileStem(input.title)}.moodle.xml`, mime: 'application/xml;charset=utf-8', content: out.join('\n') };
}
