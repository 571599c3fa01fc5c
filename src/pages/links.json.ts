/**
 * /links.json: every linkable target of the book (pages, headings, equations,
 * examples, exercises) with its kind, chapter, number, titles and URLs in both
 * editions and the edition it first appeared in; the declared moves; the
 * current edition. See src/lib/book/book-inventory.ts.
 */
import type { APIRoute } from 'astro';
import { bookInventory } from '../lib/book/book-inventory';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(bookInventory(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
