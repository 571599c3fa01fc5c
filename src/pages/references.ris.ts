/** /references.ris: the bibliography as RIS (src/lib/references/reference-export.ts). */
import type { APIRoute } from 'astro';
import { orderedReferences } from '../lib/references/bibliography';
import { risFile } from '../lib/references/reference-export';

export const GET: APIRoute = () =>
  new Response(risFile(orderedReferences()), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
