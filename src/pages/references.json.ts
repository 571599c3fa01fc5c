/** /references.json: the bibliography as CSL-JSON (src/lib/reference-export.ts). */
import type { APIRoute } from 'astro';
import { orderedReferences } from '../lib/bibliography';
import { cslJson } from '../lib/reference-export';

export const GET: APIRoute = () =>
  new Response(cslJson(orderedReferences()), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
