import { CHAPTERS, LANGS } from '../src/lib/book/book';

/** Every chapter page of both editions, as site paths. */
export const CHAPTER_PAGES = LANGS.flatMap((lang) =>
  CHAPTERS.map((c) => ({ lang, slug: c.slug, path: `/${lang}/${c.slug}/` })),
);
