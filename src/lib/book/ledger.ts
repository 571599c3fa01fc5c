/**
 * "A published id never dies." The ledger (src/data/published-ids.json) lists
 * every id the book has ever published — pages (their slug), headings,
 * equations, examples, exercises — with the edition it first appeared in. The
 * moves (src/data/moves.ts) declare where an id went. The build fails when a
 * published id is neither in the book any more nor moved, and on bad moves.
 * Pure: the build (src/plugins/links-integration.ts) and the tests feed it.
 */
import type { LinkTarget } from './link-ids';

export interface LedgerEntry {
  kind: string;
  /** The page that held it when it was first published. */
  slug: string;
  /** The edition it first appeared in ("1", "2", …). */
  since: string;
}

export type Ledger = Record<string, LedgerEntry>;

export interface Move {
  from: string;
  to: string;
  /** The edition in which the id moved. */
  edition: string;
  reason: { en: string; zh: string };
}

/** An id of the book as it is now. */
export interface CurrentId {
  id: string;
  kind: string;
  slug: string;
}

/** The ids of the book now: each page's slug, then every link target. */
export function currentIds(pages: readonly string[], targets: readonly LinkTarget[]): CurrentId[] {
  return [
    ...pages.map((slug) => ({ id: slug, kind: 'page', slug })),
    ...targets.map((t) => ({ id: t.id, kind: t.kind, slug: t.slug })),
  ];
}

function filesOf(slug: string): string {
  return `content/en/${slug}.mdx and content/zh/${slug}.mdx`;
}

/**
 * Problems with the moves themselves: a target that is not an id of the book,
 * a chain or a cycle, an old id that is an id of the book again (a collision),
 * an id moved twice, an old id that was never published, a page moved to a
 * non-page or the reverse, an unknown edition.
 */
export function moveProblems(
  moves: readonly Move[],
  current: readonly CurrentId[],
  ledger: Ledger,
  editions: readonly string[],
  otherKeys: readonly string[] = [],
): string[] {
  const now = new Map(current.map((c) => [c.id, c]));
  const from = new Map<string, Move>();
  const out: string[] = [];
  for (const m of moves) {
    if (from.has(m.from)) out.push(`src/data/moves.ts: "${m.from}" is moved twice`);
    from.set(m.from, m);
  }
  for (const m of moves) {
    const where = `src/data/moves.ts: "${m.from}" → "${m.to}"`;
    if (!editions.includes(m.edition)) out.push(`${where}: unknown edition "${m.edition}"`);
    if (!m.reason.en.trim() || !m.reason.zh.trim()) out.push(`${where}: give the reason in both languages`);
    const old = now.get(m.from);
    if (old) {
      out.push(`${where}: "${m.from}" is an id of the book again (${old.kind} in ${filesOf(old.slug)}); a moved id's old name cannot be reused — rename the new one`);
    } else if (otherKeys.includes(m.from)) {
      out.push(`${where}: "${m.from}" is already a short link (/go/${m.from}/) to something else`);
    }
    if (!ledger[m.from]) out.push(`${where}: "${m.from}" was never published (it is not in src/data/published-ids.json)`);
    if (m.from === m.to) {
      out.push(`${where}: an id cannot move to itself (a cycle)`);
      continue;
    }
    if (from.has(m.to)) {
      // Follow the chain to tell a chain from a cycle.
      const seen = [m.from, m.to];
      let next = from.get(m.to);
      while (next && !seen.includes(next.to)) {
        seen.push(next.to);
        next = from.get(next.to);
      }
      if (next && seen.includes(next.to)) {
        out.push(`${where}: the moves form a cycle (${[...seen, next.to].join(' → ')})`);
      } else {
        out.push(`${where}: "${m.to}" is itself moved (a chain ${seen.join(' → ')}); point "${m.from}" straight at "${seen[seen.length - 1]}"`);
      }
      continue;
    }
    const target = now.get(m.to);
    if (!target) {
      out.push(`${where}: "${m.to}" is not an id of the book (no page, heading, equation, example or exercise has it)`);
      continue;
    }
    const oldKind = ledger[m.from]?.kind;
    if (oldKind && (oldKind === 'page') !== (target.kind === 'page')) {
      out.push(`${where}: a ${oldKind} can only move to a ${oldKind === 'page' ? 'page' : 'heading, equation, example or exercise'}, not to a ${target.kind}`);
    }
  }
  return out;
}

/** Published ids that are gone: neither in the book now nor moved. One message per id, naming the files. */
export function lostIds(ledger: Ledger, current: readonly CurrentId[], moves: readonly Move[]): string[] {
  const now = new Set(current.map((c) => c.id));
  const moved = new Set(moves.map((m) => m.from));
  const out: string[] = [];
  for (const [id, e] of Object.entries(ledger)) {
    if (now.has(id) || moved.has(id)) continue;
    out.push(
      `published id "${id}" (${e.kind}, edition ${e.since}, in ${filesOf(e.slug)}) is gone: put it back, or declare where it went in src/data/moves.ts`,
    );
  }
  return out;
}

/** Ids of the book that the ledger does not have yet, in book order. */
export function newIds(ledger: Ledger, current: readonly CurrentId[]): CurrentId[] {
  return current.filter((c) => !ledger[c.id]);
}

/** The ledger with the new ids appended, first published in `edition`. */
export function withNewIds(ledger: Ledger, current: readonly CurrentId[], edition: string): Ledger {
  const out: Ledger = { ...ledger };
  for (const c of newIds(ledger, current)) out[c.id] = { kind: c.kind, slug: c.slug, since: edition };
  return out;
}

/** Every problem of the ledger rule, or [] when the book keeps every published id. */
export function ledgerProblems(
  ledger: Ledger,
  current: readonly CurrentId[],
  moves: readonly Move[],
  editions: readonly string[],
  otherKeys: readonly string[] = [],
): string[] {
  return [...moveProblems(moves, current, ledger, editions, otherKeys), ...lostIds(ledger, current, moves)];
}

/** The ledger file: one id per line, so that merges touch lines, not blocks. */
export function serializeLedger(ledger: Ledger): string {
  const lines = Object.entries(ledger).map(([id, e]) => `    ${JSON.stringify(id)}: ${JSON.stringify(e)}`);
  return `{\n  "about": "Every id this book has ever published (src/lib/book/ledger.ts). Never remove a line: a published id never dies; declare moves in src/data/moves.ts.",\n  "ids": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function parseLedger(json: string): Ledger {
  const data = JSON.parse(json) as { ids?: Ledger };
  if (!data.ids || typeof data.ids !== 'object') throw new Error('src/data/published-ids.json: expected { "ids": { … } }');
  return data.ids;
}

/** For pages that moved: old path → new path in each edition (`/en/old/` → `/en/new/`). */
export function pageRedirects(moves: readonly Move[], ledger: Ledger, langs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of moves) {
    if (ledger[m.from]?.kind !== 'page') continue;
    for (const lang of langs) out[`/${lang}/${m.from}/`] = `/${lang}/${m.to}/`;
  }
  return out;
}

/** Adds, right inside the element with id `to`, an empty anchor carrying the old id, for each move (first occurrence only). */
export function addMovedAnchors(html: string, moves: readonly { from: string; to: string }[]): string {
  let out = html;
  for (const m of moves) {
    if (out.includes(` id="${m.from}"`)) continue;
    const re = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*?\\sid="${m.to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
    const hit = re.exec(out);
    if (!hit) continue;
    const at = hit.index + hit[0].length;
    out = `${out.slice(0, at)}<span id="${m.from}" class="moved-id" data-moved-to="${m.to}"></span>${out.slice(at)}`;
  }
  return out;
}
