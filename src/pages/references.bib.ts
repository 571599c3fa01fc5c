/** /references.bib: the bibliography as BibTeX (src/lib/references/reference-export.ts). */
import type { APIRoute } from 'astro';
import { BOOK } from '../lib/book/book';
import { orderedReferences } from '../lib/references/bibliography';
import { bibtexFile } from '../lib/references/reference-export';
import { CURRENT_EDITION } from '../data/editions';

export const GET: APIRoute = () =>
  new Response(bibtexFile(orderedReferences(), `References of ${BOOK.title.en} / ${BOOK.title.zh}\n${CURRENT_EDITION.name.en}, ${CURRENT_EDITION.date}. UTF-8.`), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
