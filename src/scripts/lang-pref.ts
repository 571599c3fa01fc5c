/** The reader's chosen edition, kept in localStorage only (never a cookie). */
import { LANG_PREF_KEY, isLang } from '../lib/reading';

export function rememberLang(lang: string | undefined): void {
  if (!isLang(lang)) return;
  try {
    localStorage.setItem(LANG_PREF_KEY, lang);
  } catch {
    /* storage disabled: nothing is remembered */
  }
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(LANG_PREF_KEY);
  } catch {
    return null;
  }
}
