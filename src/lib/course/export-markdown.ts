/**
 * The reading list as Markdown (CommonMark), to paste into a syllabus: a heading per module,
 * a numbered list of items with links to both editions, reading time and note.
 */
import type { ExportFile, ExportInput } from './types';
import { fileStem, itemLabel, LIST_STRINGS, listTitle, otherLang, totalMinutes } from './export-common';

/**
 * Escapes text for CommonMark (and GFM) inline content: the characters that can open inline
 * markup (`\\ ` * _ [ ] < > & # | ~ $`) get a backslash (CommonMark allows one before any
 * ASCII punctuation), line breaks become spaces, and a start that would read as a block marker
 * (`-`, `+`, `=`, `1.`, `1)`) is escaped too.
 */
export function mdEscape(s: string, lineStart = true): string {
  const inline = s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>&#|~$]/g, (c) => `\\${c}`);
  if (!lineStart) return inline;
  return inline.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A link destination in angle brackets, with `<`, `>` and spaces percent-encoded. */
function mdUrl(url: string): string {
  return `<${url.replace(/[<> \n]/g, (c) => encodeURIComponent(c))}>`;
}

export function exportMarkdown(input: ExportInput): ExportFile {
  const { lang } = input;
  const s = LIST_STRINGS[lang];
  const other = otherLang(lang);
  const out: string[] = [];
  out.push(`# ${mdEscape(listTitle(input))}`, '');
  out.push(`${mdEscape(s.sentence(input.book[lang]))}${lang === 'zh' ? '' : ' '}${mdEscape(s.sentence(s.edition(input.edition.name[lang], input.edition.date)), false)}`, '');
  const total = totalMinutes(input);
  if (total > 0) {
    const rule = input.minutesRule?.trim();
    out.push(`${mdEscape(s.sentence(s.total(total)))}${rule ? `${lang === 'zh' ? '' : ' '}${mdEscape(rule, false)}` : ''}`, '');
  }
  for (const m of input.modules) {
    out.push(`## ${mdEscape(m.title)}`, '');
    if (m.items.length === 0) {
      out.push(mdEscape(s.empty), '');
      continue;
    }
    m.items.forEach((it, i) => {
      const t = it.target;
      const parts = [
        `${i + 1}. [${mdEscape(itemLabel(it, lang), false)}](${mdUrl(t.url[lang])})`,
        `([${mdEscape(s.other, false)}](${mdUrl(t.url[other])}))`,
      ];
      if (it.minutes !== undefined) parts.push(`— ${mdEscape(s.minutes(it.minutes), false)}`);
      const note = it.note?.trim();
      if (!note) {
        out.push(parts.join(' '));
        return;
      }
      // The note continues the item after a hard line break, indented to the item's content.
      const indent = ' '.repeat(`${i + 1}. `.length);
      out.push(`${parts.join(' ')}\\`, `${indent}${mdEscape(`${s.note}${note}`)}`);
    });
    out.push('');
  }
  return {
    filename: `${fileStem(input.title)}.md`,
    mime: 'text/markdown;charset=utf-8',
    content: out.join('\n'),
  };
}
