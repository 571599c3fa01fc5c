/**
 * Astro integration for stable links across editions (issue 13), listed after
 * `reading()` in astro.config.mjs:
 * - at config time, the ledger rule (src/lib/book/ledger.ts): every id ever
 *   published (src/data/published-ids.json) is still in the book or declared
 *   moved (src/data/moves.ts), and the moves are valid — else the build fails,
 *   naming the ids and files. The build only reads the ledger, it never writes
 *   it: an id published for the first time is fine (it is logged), and is
 *   recorded with `npm run ids:update` at release (docs/content.md);
 * - a moved page's old URLs redirect (Astro redirects, which work without JS);
 * - after the build, an empty anchor with each moved id's old name is put at the
 *   new place in every page that holds it, so `#old` lands there without JS.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readEdition } from '../lib/node/parity-fs';
import { exerciseTargets, shortLinks, siteTargets } from '../lib/book/link-ids';
import { EXERCISES } from '../data/exercises';
import { CHAPTERS, LANGS } from '../lib/book/book';
import { type Move, addMovedAnchors, currentIds, ledgerProblems, newIds, pageRedirects, parseLedger } from '../lib/book/ledger';
import { MOVES } from '../data/moves';
import { EDITIONS } from '../data/editions';

export const LEDGER_FILE = 'src/data/published-ids.json';
export const LEDGER_UPDATE_COMMAND = 'npm run ids:update';
/** What to do about a ledger problem, and the command that re-checks it in seconds. */
export const LEDGER_FIX_HINT =
  'Fix each line (put the id back, or declare its move in src/data/moves.ts), then re-check with `npx vitest run src/data/published-ids.test.ts` ' +
  '(seconds) or `npm run build`; `npm run check:content` also names every link that still points at a moved id.';

/** The build's note about ids that the ledger does not list yet (not an error: they are recorded at release). */
export function freshIdsNote(fresh: readonly { id: string }[]): string {
  return `${fresh.length} id(s) published for the first time, not in ${LEDGER_FILE} yet: ${fresh.map((c) => c.id).join(', ')}. Fine: \`${LEDGER_UPDATE_COMMAND}\` records them at release.`;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The pages of an edition's sources, in book order (the chapters, then the rest). */
export function pagesOf(sources: Record<string, string>): string[] {
  return [
    ...CHAPTERS.map((c) => c.slug).filter((s) => s in sources),
    ...Object.keys(sources).filter((s) => !CHAPTERS.some((c) => c.slug === s)).sort(),
  ];
}

/** Reads the book from content/, checks the ledger rule; returns the problems and the ids new to the ledger. */
export function checkLedger(root: string, moves: readonly Move[] = MOVES, exercises: readonly { id: string; chapter: string }[] = EXERCISES) {
  const en = readEdition(join(root, 'content/en'));
  // Headings, equations and examples from the chapters; exercises from their data file.
  const targets = [...siteTargets(en), ...exerciseTargets(exercises, en)];
  const current = currentIds(pagesOf(en), targets);
  const ledgerPath = join(root, LEDGER_FILE);
  const ledger = parseLedger(readFileSync(ledgerPath, 'utf8'));
  const ids = new Set(current.map((c) => c.id));
  const otherKeys = shortLinks(targets).map((s) => s.key).filter((k) => !ids.has(k));
  const problems = ledgerProblems(ledger, current, moves, EDITIONS.map((e) => e.id), otherKeys);
  return { problems, ledger, ledgerPath, current, fresh: newIds(ledger, current) };
}

export function links(): AstroIntegration {
  let anchorMoves: typeof MOVES = [];
  return {
    name: 'book-links',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const { problems, ledger, fresh } = checkLedger(root);
        if (problems.length > 0) {
          throw new Error(`A published id never dies (${LEDGER_FILE}, src/data/moves.ts):\n- ${problems.join('\n- ')}\n${LEDGER_FIX_HINT}`);
        }
        // Read only: a build never changes a tracked file. New ids are recorded at release.
        if (fresh.length > 0) logger.info(freshIdsNote(fresh));
        logger.info(`${Object.keys(ledger).length} published ids kept, ${MOVES.length} declared move(s)`);
        const redirects = pageRedirects(MOVES, ledger, LANGS);
        if (Object.keys(redirects).length > 0) updateConfig({ redirects });
        anchorMoves = MOVES.filter((m) => ledger[m.from]?.kind !== 'page');
      },
      'astro:build:done': ({ dir, logger }) => {
        const moves = anchorMoves;
        let n = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const out = addMovedAnchors(html, moves);
          if (out !== html) {
            writeFileSync(file, out);
            n++;
          }
        }
        logger.info(`moved ids: ${moves.length} old anchor(s) placed in ${n} page(s)`);
      },
    },
  };
}
