/**
 * "As of" dates of the sections whose facts change with time (governance, law,
 * costs, the outlook). The dates are data (src/data/as-of.ts), one entry per
 * section; this module formats them and checks the list. Pure.
 */
import type { Lang } from './book';

export interface AsOfEntry {
  /** A heading id of the book. */
  id: string;
  /** The month the section's facts were last checked, `YYYY-MM`. Required: an entry without it fails the content tests. */
  asOf?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AS_OF_PATTERN = /^(\d{4})-(\d{2})$/;

/** The year and month of a valid `YYYY-MM`, else undefined. */
export function parseAsOf(value: string | undefined): { year: number; month: number } | undefined {
  const m = value === undefined ? null : AS_OF_PATTERN.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 2000) return undefined;
  return { year, month };
}

/** "As of December 2026" / "截至 2026 年 12 月". */
export function asOfLabel(value: string, lang: Lang): string {
  const d = parseAsOf(value);
  if (!d) throw new Error(`not an "as of" month (YYYY-MM): ${value}`);
  return lang === 'zh' ? `截至 ${d.year} 年 ${d.month} 月` : `As of ${MONTHS[d.month - 1]} ${d.year}`;
}

/** The 1-based line of `id: '<id>'` in the data file's source, else 0. */
function lineOf(source: string, id: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(`id: '${id}'`));
  return i + 1;
}

/**
 * Problems with the list, each naming the data file and line: an entry without
 * a valid date, a date after `today` (YYYY-MM-DD), a duplicate, or an id that is
 * not a heading of the book.
 */
export function asOfProblems(
  entries: readonly AsOfEntry[],
  headingIds: ReadonlySet<string>,
  file: string,
  source: string,
  today: string,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const at = `${file}:${lineOf(source, e.id)}`;
    if (seen.has(e.id)) out.push(`${at}: "${e.id}" is listed twice`);
    seen.add(e.id);
    if (!headingIds.has(e.id)) out.push(`${at}: "${e.id}" is not a heading id of the book`);
    if (e.asOf === undefined) {
      out.push(`${at}: the time-sensitive section "${e.id}" has no "as of" date: add asOf: 'YYYY-MM', the month its facts were last checked`);
    } else if (!parseAsOf(e.asOf)) {
      out.push(`${at}: "${e.id}" has asOf '${e.asOf}', which is not a month written YYYY-MM`);
    } else if (e.asOf > today.slice(0, 7)) {
      out.push(`${at}: "${e.id}" has asOf '${e.asOf}', a month after today (${today})`);
    }
  }
  return out;
}
