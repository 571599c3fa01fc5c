/**
 * The reading list as one standalone HTML page, readable without JavaScript and without any other
 * file: the list's title, the book and edition, then per module a numbered list of items with the
 * title in the chosen language, links to both editions, the estimated reading time and the note.
 * Every text is escaped; the page has no script, no external resource, and a strict CSP.
 */
import { HTML_LANG } from '../book/book';
import type { ExportFile, ExportInput } from './types';
import { fileStem, itemLabel, LIST_STRINGS, listTitle, otherLang, totalMinutes } from './export-common';
import { xmlEscape as esc } from './xml-escape';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
a{color:#0b57d0}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}
li{margin:.5rem 0}.meta{color:#555}.note{margin:.25rem 0 0}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#151515}a{color:#8ab4f8}.meta{color:#aaa}}`;

export function exportHtml(input: ExportInput): ExportFile {
  const { lang } = input;
  const s = LIST_STRINGS[lang];
  const other = otherLang(lang);
  const title = listTitle(input);
  const total = totalMinutes(input);
  const body: string[] = [];
  body.push(`<h1>${esc(title)}</h1>`);
  body.push(`<p class="meta">${esc(s.sentence(input.book[lang]))}${lang === 'zh' ? '' : ' '}${esc(s.sentence(s.edition(input.edition.name[lang], input.edition.date)))}</p>`);
  const rule = input.minutesRule?.trim();
  if (total > 0) body.push(`<p class="meta">${esc(s.sentence(s.total(total)))}${rule ? `${lang === 'zh' ? '' : ' '}${esc(rule)}` : ''}</p>`);
  for (const m of input.modules) {
    body.push(`<section>`, `<h2>${esc(m.title)}</h2>`);
    if (m.items.length === 0) body.push(`<p>${esc(s.empty)}</p>`);
    else {
      body.push('<ol>');
      for (const it of m.items) {
        const t = it.target;
        const parts = [
          `<a href="${esc(t.url[lang])}" data-id="${esc(t.id)}">${esc(itemLabel(it, lang))}</a>`,
          `(<a href="${esc(t.url[other])}" hreflang="${HTML_LANG[other]}" lang="${HTML_LANG[other]}">${esc(s.other)}</a>)`,
        ];
        if (it.minutes !== undefined) parts.push(`<span class="meta">— ${esc(s.minutes(it.minutes))}</span>`);
        const note = it.note?.trim();
        body.push(`<li>${parts.join(' ')}${note ? `<p class="note">${esc(s.note)}${esc(note)}</p>` : ''}</li>`);
      }
      body.push('</ol>');
    }
    body.push('</section>');
  }
  const html = `<!DOCTYPE html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
  return { filename: `${fileStem(input.title)}.html`, mime: 'text/html;charset=utf-8', content: html };
}
