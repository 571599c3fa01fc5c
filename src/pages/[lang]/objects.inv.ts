/**
 * /en/objects.inv and /zh/objects.inv: Sphinx inventories (version 2, zlib)
 * of each edition, so that Sphinx and Jupyter Book sites link here through
 * intersphinx (`intersphinx_mapping = {'fmbook': ('https://HOST/en/', None)}`).
 * Every target of /links.json is a `std:label` with its title; moved ids are
 * labels too, pointing at the new place.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BOOK, LANGS, type Lang } from '../../lib/book/book';
import { bookInventory, editionRoot } from '../../lib/book/book-inventory';
import { inventoryItems } from '../../lib/book/inventory';
import { encodeInventory } from '../../lib/book/objects-inv';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const file = bookInventory();
  const bytes = encodeInventory({
    project: BOOK.title[lang],
    version: file.edition.id,
    items: inventoryItems(file, lang, editionRoot(lang)),
  });
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/octet-stream' } });
};
