/** /references.json: the bibliography as CSL-JSON (src/lib/references/reference-export.ts). */
import type { APIRoute } from 'astro';
import { orderedReferences } from '../lib/references/bibliography';
import { cslJson } from '../lib/references/reference-export';

export const GET: APIRoute = () =>
  new Response(cslJson(orderedReferences()), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
