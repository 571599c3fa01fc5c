import type { AstroGlobal } from 'astro';
import { toLang } from '../lib/book/i18n';
import type { Lang } from '../lib/book/book';

/**
 * The language of the page an Astro component is rendered in. `locals.bookLang`,
 * when set, wins: the parallel view renders both editions in one page and sets
 * it while each edition renders.
 */
export function pageLang(astro: AstroGlobal): Lang {
  const locals = astro.locals as { bookLang?: Lang; starlightRoute?: { locale?: string; lang?: string } };
  if (locals.bookLang) return locals.bookLang;
  return toLang(locals.starlightRoute?.lang ?? locals.starlightRoute?.locale ?? astro.currentLocale);
}
