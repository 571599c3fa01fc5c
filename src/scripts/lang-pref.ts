/** The reader's chosen edition, kept in localStorage only (never a cookie). */
import { LANG_PREF_KEY, isLang } from '../lib/book/reading';
import { scopedKey } from '../lib/book/paths';

/** The key of this copy of the site (under another base path on the same origin, another key). */
const KEY = scopedKey(LANG_PREF_KEY, import.meta.env.BASE_URL);

export function rememberLang(lang: string | undefined): void {
  if (!isLang(lang)) return;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* storage disabled: nothing is remembered */
  }
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
