/**
 * The printable handout: the print edition (`/<lang>/print/`) with `?handout=<ids>` shows only the
 * chosen chapters, sections, examples and exercises (with their solutions, as the print edition
 * prints them), each under its chapter's title. Pure parts: the link, and reading the parameter.
 */
import { withBase } from '../paths';
import type { Lang } from '../book';

export const HANDOUT_PARAM = 'handout';

/** The handout's link for ids in order ("" when there are none). */
export function handoutHref(base: string, lang: Lang, ids: readonly string[], title: string): string {
  if (ids.length === 0) return '';
  const t = title.trim() ? `&title=${encodeURIComponent(title.trim())}` : '';
  return `${withBase(base, `${lang}/print/`)}?${HANDOUT_PARAM}=${ids.join(',')}${t}`;
}

/** The ids a print page's query asks for (well-formed ids only, at most 200), or null: the whole book. */
export function handoutIds(search: string): string[] | null {
  const raw = new URLSearchParams(search).get(HANDOUT_PARAM);
  if (raw === null) return null;
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => /^[a-z0-9][a-z0-9-]*$/.test(s)))].slice(0, 200);
}
