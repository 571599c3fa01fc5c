/**
 * Helpers shared by the export formats: file names, labels and the reading-time rule.
 * Pure and synchronous (they run in the browser and in vitest).
 */
import type { Lang } from '../book/book';
import type { ExportInput, ResolvedItem } from './types';

/** The other edition's language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/**
 * A file-name stem from the list's title: ASCII letters and digits, words joined by `-`,
 * at most 60 characters; `reading-list` when nothing ASCII is left (a title in Chinese).
 */
export function fileStem(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return ascii || 'reading-list';
}

/**
 * The item's label in the chosen language. Chapters and sections carry their number apart from
 * the title in `/links.json` ("4", "4.2.4"), so it is put in front ("4. Mathematical…",
 * "4.2.4 Adam"); equations, examples and exercises have it in the title already ("Equation (2.1)").
 */
export function itemLabel(item: ResolvedItem, lang: Lang): string {
  const { kind, number, title } = item.target;
  if (!number) return title[lang];
  if (kind === 'page') return `${number}. ${title[lang]}`;
  if (kind === 'heading') return `${number} ${title[lang]}`;
  return title[lang];
}

/** The whole list's title, or the default "Reading list" in the chosen language. */
export function listTitle(input: ExportInput): string {
  const t = input.title.trim();
  if (t) return t;
  return input.lang === 'zh' ? '阅读清单' : 'Reading list';
}

/** Strings shared by the markdown and HTML exports. */
export const LIST_STRINGS: Record<
  Lang,
  {
    edition: (name: string, date: string) => string;
    minutes: (n: number) => string;
    other: string;
    empty: string;
    /** The label in front of an instructor's note, with its colon. */
    note: string;
    /** Ends a sentence with the language's full stop. */
    sentence: (s: string) => string;
    total: (n: number) => string;
    kinds: Record<ResolvedItem['target']['kind'], string>;
  }
> = {
  en: {
    edition: (name, date) => `Edition: ${name} (${date})`,
    minutes: (n) => `about ${n} min`,
    other: '中文版',
    empty: 'No items.',
    note: 'Note: ',
    sentence: (s) => `${s}.`,
    total: (n) => `Estimated reading time: about ${n} min`,
    kinds: { page: 'Chapter', heading: 'Section', equation: 'Equation', example: 'Example', exercise: 'Exercise' },
  },
  zh: {
    edition: (name, date) => `版本：${name}（${date}）`,
    minutes: (n) => `约 ${n} 分钟`,
    other: 'English edition',
    empty: '没有条目。',
    note: '备注：',
    sentence: (s) => `${s}。`,
    total: (n) => `预计阅读时间：约 ${n} 分钟`,
    kinds: { page: '章', heading: '节', equation: '公式', example: '示例', exercise: '练习' },
  },
};

/** Sum of the items' reading minutes (items without minutes count as 0). */
export function totalMinutes(input: ExportInput): number {
  let sum = 0;
  for (const m of input.modules) for (const it of m.items) sum += it.minutes ?? 0;
  return sum;
}
