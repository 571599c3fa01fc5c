/**
 * /lm/corpus.json: the tiny language model's corpus (the prose of both editions, split into
 * training and validation sections, and the character vocabulary), built from the MDX sources at
 * build time (src/lib/lm/corpus.ts). Fetched by the lab's worker only when the reader trains.
 */
import type { APIRoute } from 'astro';
import { CHAPTERS } from '../../lib/book/book';
import { SOURCES } from '../../lib/node/book-sources';
import { buildCorpus } from '../../lib/lm/corpus';

export const GET: APIRoute = () => {
  const pick = (lang: 'en' | 'zh') => CHAPTERS.filter((c) => SOURCES[lang][c.slug] !== undefined).map((c) => ({ slug: c.slug, mdx: SOURCES[lang][c.slug]! }));
  return new Response(JSON.stringify(buildCorpus({ en: pick('en'), zh: pick('zh') })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
