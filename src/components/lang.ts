import type { AstroGlobal } from 'astro';
import { toLang } from '../lib/i18n';
import type { Lang } from '../lib/book';

/** The language of the page an Astro component is rendered in. */
export function pageLang(astro: AstroGlobal): Lang {
  const locals = astro.locals as { starlightRoute?: { locale?: string; lang?: string } };
  return toLang(locals.starlightRoute?.lang ?? locals.starlightRoute?.locale ?? astro.currentLocale);
}
