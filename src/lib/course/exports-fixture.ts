/**
 * Test fixtures for the exports: a reading list built from the real `/links.json` targets
 * (`bookInventory()`), and one with awkward titles and notes (quotes, braces, `:`, `#`, `%`,
 * `~`, `=`, `<`, `&`, CJK) that every format must escape.
 */
import type { Lang } from '../book/book';
import { bookInventory } from '../book/book-inventory';
import type { ExportInput, LinkTarget, ResolvedModule } from './types';

const INV = bookInventory();

export function target(id: string): LinkTarget {
  const t = INV.targets.find((x) => x.id === id);
  if (!t) throw new Error(`no target ${id} in /links.json`);
  return { ...t, kind: t.kind as LinkTarget['kind'] };
}

export function realInput(lang: Lang, modules: { title: string; ids: string[] }[], variants = 5): ExportInput {
  return {
    lang,
    title: lang === 'zh' ? '基础模型导读' : 'Foundation models: a reading list',
    edition: INV.edition,
    book: INV.book,
    modules: modules.map(
      (m): ResolvedModule => ({
        title: m.title,
        items: m.ids.map((id, i) => ({ target: target(id), minutes: target(id).kind === 'heading' ? 3 + i : undefined })),
      }),
    ),
    variants,
    accessed: '2026-12-07',
  };
}

/** Awkward text: every character some format treats specially, and Chinese. */
export const AWKWARD = `"Quotes" & {braces} : colon # hash % pct ~ tilde = eq <b>tag</b> \\ back $x$ 注意：中文`;

export function awkwardInput(lang: Lang): ExportInput {
  const adam = target('adam');
  const ex = target('ex-4-1');
  return {
    lang,
    title: AWKWARD,
    edition: INV.edition,
    book: INV.book,
    modules: [
      {
        title: `Week 1 ${AWKWARD}`,
        items: [
          { target: { ...adam, title: { en: `Adam ${AWKWARD}`, zh: `Adam ${AWKWARD}` } }, note: `Note ${AWKWARD}`, minutes: 4 },
          { target: target('example-adam'), note: 'Run it twice.' },
          { target: ex },
        ],
      },
      { title: '第二周：「注意力」', items: [{ target: target('self-attention') }] },
    ],
    variants: 2,
    accessed: '2026-12-07',
  };
}
