import type { Lang } from './book';

/** The book language of a Starlight locale ("en", "zh") or an html lang ("zh-CN"). */
export function toLang(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The other edition. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
