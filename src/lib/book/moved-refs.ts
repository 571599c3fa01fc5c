/**
 * What a rename leaves behind. After a declared move (src/data/moves.ts) the
 * old id keeps working for readers (an anchor with the old id is added at the
 * new place, `/go/old/` redirects), so neither the build nor the link gate sees
 * the book's own references that still use it. This finds them, with file,
 * line and the fix:
 * - links in the chapters (`#old`, `/en/practice/#old`, `/go/old/`; for a moved
 *   page `/en/old/`) and in the data files (`'chapter#old'` in the exercises'
 *   `sections`);
 * - `section: 'old'` in src/data/errata.ts (for a moved page, `chapter: 'old'`);
 * - keys of src/data/translation-lock.json (`"old"`, or a moved page's
 *   `"old#intro"`), carried over by `npm run sync -- --moves`.
 * Pure: src/data/moved-ids.test.ts feeds it the files.
 */

export interface SourceFile {
  /** Path relative to the repository root, as printed. */
  file: string;
  text: string;
}

export interface MoveRef {
  from: string;
  to: string;
  /** True when the moved id is a page (its slug). */
  page?: boolean;
  /** The page the new id is on (a heading, equation, example or exercise), when known. */
  toSlug?: string;
  /** The page the old id was on, when known. */
  fromSlug?: string;
}

export interface Leftover {
  file: string;
  line: number;
  from: string;
  to: string;
  /** The text found, and what to write instead. */
  found: string;
  fix: string;
  message: string;
}

export const LOCK_FILE = 'src/data/translation-lock.json';
export const RECHECK = 'npx vitest run src/data/moved-ids.test.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not followed by a character that could continue an id. */
const END = '(?![A-Za-z0-9_-])';

interface Rule {
  re: RegExp;
  /** The replacement for the matched text. */
  fix: (found: string) => string;
  what: string;
}

function rulesFor(m: MoveRef, file: string): Rule[] {
  const from = esc(m.from);
  const swap = (found: string) => found.replace(m.from, m.to);
  if (file === LOCK_FILE) {
    const keys = m.page ? [`${m.from}#intro`] : [m.from];
    return keys.map((k) => ({ re: new RegExp(`^\\s*"${esc(k)}"\\s*:`, 'g'), fix: swap, what: 'lock entry' }));
  }
  const rules: Rule[] = [
    // `/go/old/` (and `/go/old` at the end of a link).
    { re: new RegExp(`/go/${from}${END}`, 'g'), fix: swap, what: 'short link' },
  ];
  if (m.page) {
    // `/en/old/`, `/zh/old/#x`, `../old/`, and `'old#id'` in the exercises' sections.
    rules.push({ re: new RegExp(`(?:/(?:en|zh)|\\.\\.)/${from}(?=[/#)"'\\s]|$)`, 'g'), fix: swap, what: 'link' });
    rules.push({ re: new RegExp(`(?<=['"\`])${from}#`, 'g'), fix: swap, what: 'section reference' });
    rules.push({ re: new RegExp(`\\bchapter\\s*[:=]\\s*(['"])${from}\\1`, 'g'), fix: swap, what: 'field' });
  } else {
    // `#old`, with what precedes it in the same link or string (`/en/practice/#old`, `society#old`).
    rules.push({ re: new RegExp(`[^\\s()'"\`<>\\[\\]{}]*#${from}${END}`, 'g'), fix: (f) => f.replace(new RegExp(`#${from}$`), `#${m.to}`), what: 'link' });
    rules.push({ re: new RegExp(`\\bsection\\s*:\\s*(['"])${from}\\1`, 'g'), fix: swap, what: 'field' });
  }
  return rules;
}

function hint(m: MoveRef, file: string, found: string, fix: string): string {
  if (file === LOCK_FILE) {
    return `carry its record over to "${m.page ? `${m.to}#intro` : m.to}" with \`npm run sync -- --moves\``;
  }
  const otherPage = !m.page && m.toSlug && m.fromSlug && m.toSlug !== m.fromSlug && /\/#/.test(found);
  return `write ${JSON.stringify(fix)} instead${otherPage ? ` (and point the link at the page "${m.toSlug}", where "${m.to}" is now)` : ''}`;
}

/** Every reference to a moved-away id in `files`, in file and line order. */
export function leftoverReferences(files: readonly SourceFile[], moves: readonly MoveRef[]): Leftover[] {
  const out: Leftover[] = [];
  for (const { file, text } of files) {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      // MDX comments (heading ids, notes) are not references.
      const code = line.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, (c) => ' '.repeat(c.length));
      for (const m of moves) {
        for (const rule of rulesFor(m, file)) {
          for (const hit of code.matchAll(rule.re)) {
            const found = hit[0].trim().replace(/:$/, '').trim().replace(/^"(.*)"$/, '$1');
            const fix = rule.fix(found);
            out.push({
              file,
              line: i + 1,
              from: m.from,
              to: m.to,
              found,
              fix,
              message:
                `${file}:${i + 1}: ${rule.what} ${JSON.stringify(found)} still uses "${m.from}", which moved to "${m.to}" (src/data/moves.ts): ` +
                hint(m, file, found, fix),
            });
          }
        }
      }
    });
  }
  return out;
}

/** The failure text: every leftover, then how to re-check. */
export function leftoverReport(found: readonly Leftover[]): string {
  return (
    `${found.length} reference(s) to moved-away ids remain (the old ids still work for readers, so the build cannot see them):\n- ` +
    found.map((f) => f.message).join('\n- ') +
    `\nFix each, then re-check with \`${RECHECK}\` (or \`npm run check:content\`).`
  );
}
