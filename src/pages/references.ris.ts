/** /references.ris: the bibliography as RIS (src/lib/reference-export.ts). */
import type { APIRoute } from 'astro';
import { orderedReferences } from '../lib/bibliography';
import { risFile } from '../lib/reference-export';

export const GET: APIRoute = () =>
  new Response(risFile(orderedReferences()), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
