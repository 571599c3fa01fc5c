/**
 * The translation sync guard (issue 18). Both editions already have the same
 * structure (src/lib/checks/parity.ts); this sees whether their *text* moved apart.
 *
 * A section is a heading (h2–h4, with its id comment) and the source lines up
 * to the next heading; the text of a chapter before its first heading (with the
 * frontmatter's title and description) is the section `<slug>#intro`. For every
 * section id the lock file (src/data/translation-lock.json) records a hash of
 * the English and of the Chinese source as they were when last reviewed
 * together. A section whose current hash differs from the lock on one side was
 * edited in that language only.
 *
 * What counts as a change: the text after normalization — runs of whitespace
 * (spaces, tabs, line breaks, indentation) become one space, leading and
 * trailing whitespace go; MDX comments (`{/* … *\/}`: heading ids, equation
 * names, notes to editors) are dropped, as are ESM `import` lines. Everything
 * else counts: words, punctuation, markup, math, component attributes.
 *
 * A change that does not touch the meaning (a typo, punctuation, a link
 * target) may be recorded without a joint review, as such:
 * `npm run sync -- <id> --no-meaning-change` records the new hashes and notes in
 * the entry which language(s) changed that way (`noMeaningChange`), until the
 * next joint review (`npm run sync -- <id>`) clears the note.
 *
 * Pure (the hash is Node's SHA-256); the file system lives in sync-fs.ts and
 * the command line in sync-cli.ts. Imports carry `.ts` so that Node runs it.
 */
import { contentModel } from '../book/content-model.ts';
import { createHash } from 'node:crypto';
import { CHAPTERS, LANGS, type Lang } from '../book/book.ts';

export const INTRO_SUFFIX = '#intro';
export const LOCK_PATH = 'src/data/translation-lock.json';
export const LOCK_VERSION = 1;

export interface SourceSection {
  /** Heading id, or `<slug>#intro` for the text before the first heading. */
  id: string;
  slug: string;
  /** The section's raw source lines. */
  text: string;
}

export interface LockEntry {
  slug: string;
  en: string;
  zh: string;
  /**
   * The languages changed since the last joint review by edits recorded as not
   * touching the meaning (`npm run sync -- <id> --no-meaning-change`). Absent
   * after a joint review.
   */
  noMeaningChange?: Lang[];
}

export interface Lock {
  version: number;
  sections: Record<string, LockEntry>;
}

export type SectionState = 'synced' | 'en-changed' | 'zh-changed' | 'both-changed' | 'unlocked' | 'one-sided';

export interface SectionStatus {
  id: string;
  slug: string;
  state: SectionState;
  /** The current hashes (undefined when the section exists in one edition only). */
  en?: string;
  zh?: string;
}

export interface SyncReport {
  sections: SectionStatus[];
  /** Lock entries whose id no longer exists in either edition. */
  orphans: string[];
}

/** Splits one chapter's MDX source into its sections (intro first, then one per heading). */
export function splitSource(slug: string, src: string): SourceSection[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  const out: SourceSection[] = [];
  let current: SourceSection = { id: slug + INTRO_SUFFIX, slug, text: '' };
  const body: string[] = [];
  // Frontmatter: only the reader-visible title and description belong to the intro.
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      body.push(...lines.slice(1, end).filter((l) => /^(title|description)\s*:/.test(l)));
      start = end + 1;
    }
  }
  const flush = () => {
    current.text = body.join('\n');
    out.push(current);
    body.length = 0;
  };
  // The headings with an id comment, by line (outside fenced code: src/lib/book/content-model.ts).
  const headingAt = new Map(contentModel(src).headings.flatMap((h) => (h.id === undefined ? [] : [[h.line - 1, h.id] as const])));
  for (let i = start; i < lines.length; i++) {
    const id = headingAt.get(i);
    if (id !== undefined) {
      flush();
      current = { id, slug, text: '' };
    }
    body.push(lines[i]!);
  }
  flush();
  return out;
}

/** The text that is hashed: MDX comments and import lines dropped, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, ' ')
    .split('\n')
    .filter((l) => !/^import\s.+\sfrom\s+['"][^'"]+['"];?\s*$/.test(l.trim()))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hashText(text: string): string {
  return createHash('sha256').update(normalize(text), 'utf8').digest('hex').slice(0, 16);
}

/** Chapter order of the outline first, then any other pages alphabetically. */
function orderedSlugs(slugs: Iterable<string>): string[] {
  const set = new Set(slugs);
  const known = CHAPTERS.map((c) => c.slug).filter((s) => set.has(s));
  return [...known, ...[...set].filter((s) => !known.includes(s)).sort()];
}

/** Current hash of every section of both editions, in book order. */
export function currentHashes(sources: Record<Lang, Record<string, string>>): { id: string; slug: string; en?: string; zh?: string }[] {
  const rows = new Map<string, { id: string; slug: string; en?: string; zh?: string }>();
  for (const slug of orderedSlugs([...Object.keys(sources.en), ...Object.keys(sources.zh)])) {
    for (const lang of LANGS) {
      const src = sources[lang][slug];
      if (src === undefined) continue;
      for (const s of splitSource(slug, src)) {
        const row = rows.get(s.id) ?? { id: s.id, slug };
        row[lang] = hashText(s.text);
        rows.set(s.id, row);
      }
    }
  }
  return [...rows.values()];
}

export function compare(sources: Record<Lang, Record<string, string>>, lock: Lock): SyncReport {
  const sections: SectionStatus[] = currentHashes(sources).map((row) => {
    const entry = lock.sections[row.id];
    let state: SectionState;
    if (row.en === undefined || row.zh === undefined) state = 'one-sided';
    else if (!entry) state = 'unlocked';
    else {
      const enMoved = entry.en !== row.en;
      const zhMoved = entry.zh !== row.zh;
      state = enMoved && zhMoved ? 'both-changed' : enMoved ? 'en-changed' : zhMoved ? 'zh-changed' : 'synced';
    }
    return { ...row, state };
  });
  const present = new Set(sections.map((s) => s.id));
  const orphans = Object.keys(lock.sections).filter((id) => !present.has(id));
  return { sections, orphans };
}

export const NO_MEANING_CHANGE = '--no-meaning-change';
export const CLEAR_HINT = (id: string) => `npm run sync -- ${id}`;
export const NO_MEANING_HINT = (id: string) => `npm run sync -- ${id} ${NO_MEANING_CHANGE}`;
export const PRUNE_HINT = 'npm run sync -- --prune';
export const MOVES_HINT = 'npm run sync -- --moves';

/** A declared move (src/data/moves.ts): only the ids matter here. */
export interface MovedId {
  from: string;
  to: string;
}

/**
 * The lock keys a move leaves behind: for a moved section its id, for a moved
 * page its intro (`old#intro` → `new#intro`). Only keys still in the lock whose
 * new key is a section of the book.
 */
function movedKeys(lock: Lock, report: SyncReport, moves: readonly MovedId[]): { from: string; to: string }[] {
  const present = new Set(report.sections.map((s) => s.id));
  const out: { from: string; to: string }[] = [];
  for (const m of moves) {
    for (const [from, to] of [
      [m.from, m.to],
      [m.from + INTRO_SUFFIX, m.to + INTRO_SUFFIX],
    ] as const) {
      if (lock.sections[from] && !present.has(from) && present.has(to)) out.push({ from, to });
    }
  }
  return out;
}

/**
 * One message per problem; empty when both editions are in sync with the lock.
 * With the declared moves (and the lock), a section whose record is still under
 * its old id is one message naming `npm run sync -- --moves`.
 */
export function problems(report: SyncReport, moves: readonly MovedId[] = [], lock?: Lock): string[] {
  const out: string[] = [];
  const carried = lock ? movedKeys(lock, report, moves) : [];
  for (const s of report.sections) {
    const where = `section "${s.id}" (content/{en,zh}/${s.slug}.mdx)`;
    const moved = carried.find((c) => c.to === s.id);
    if (moved && s.state === 'unlocked') {
      out.push(
        `${where}: its lock record is still under its old id "${moved.from}" (declared moved in src/data/moves.ts). ` +
          `Carry it over with \`${MOVES_HINT}\` (this keeps its review history), then fix what the lock reports next.`,
      );
      continue;
    }
    switch (s.state) {
      case 'en-changed':
      case 'zh-changed': {
        const [changed, other] = s.state === 'en-changed' ? ['English', 'Chinese'] : ['Chinese', 'English'];
        const file = `content/${s.state === 'en-changed' ? 'en' : 'zh'}/${s.slug}.mdx`;
        out.push(
          `${where}: the ${changed} text changed (${file}) but the ${other} did not since they were last reviewed together. ` +
            `Update or check the ${other} section, then clear it with \`${CLEAR_HINT(s.id)}\`. ` +
            `If the change does not touch the meaning (a typo, punctuation, a link target), record it as such with \`${NO_MEANING_HINT(s.id)}\`.`,
        );
        break;
      }
      case 'both-changed':
        out.push(
          `${where}: both languages changed since the last joint review. Check that they still say the same, then run \`${CLEAR_HINT(s.id)}\`. ` +
            `If neither change touches the meaning (a typo, punctuation, a link target), record them as such with \`${NO_MEANING_HINT(s.id)}\`.`,
        );
        break;
      case 'unlocked':
        out.push(`${where}: new section, not in ${LOCK_PATH}. Check that both languages say the same, then run \`${CLEAR_HINT(s.id)}\`.`);
        break;
      case 'one-sided':
        out.push(`${where}: exists in ${s.en === undefined ? 'Chinese' : 'English'} only (the build's parity check names the fix).`);
        break;
      case 'synced':
        break;
    }
  }
  for (const id of report.orphans) {
    const moved = carried.find((c) => c.from === id);
    if (moved && report.sections.find((s) => s.id === moved.to)?.state === 'unlocked') continue; // reported with its new section
    if (moved) {
      out.push(`${LOCK_PATH} has an entry for "${id}", which moved to "${moved.to}" (src/data/moves.ts), and "${moved.to}" has its own: run \`${MOVES_HINT}\` to drop the old one.`);
      continue;
    }
    out.push(`${LOCK_PATH} has an entry for "${id}", which is no longer a section of either edition: run \`${PRUNE_HINT}\` to drop it.`);
  }
  return out;
}

export class LockError extends Error {}

/** Parses and validates the lock file's text; throws a LockError saying what is wrong and how to recover. */
export function parseLock(text: string, path = LOCK_PATH): Lock {
  const recover = `Restore it from git (\`git checkout -- ${path}\`) or re-seed it after a joint review with \`npm run sync -- --all\`.`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LockError(`${path} is not valid JSON (${(e as Error).message}). ${recover}`);
  }
  const bad = (why: string) => new LockError(`${path} is corrupt: ${why}. ${recover}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('the top level is not an object');
  const o = data as Record<string, unknown>;
  if (o.version !== LOCK_VERSION) throw bad(`"version" is ${JSON.stringify(o.version)}, expected ${LOCK_VERSION}`);
  if (typeof o.sections !== 'object' || o.sections === null || Array.isArray(o.sections)) throw bad('"sections" is not an object');
  const sections: Record<string, LockEntry> = {};
  for (const [id, v] of Object.entries(o.sections as Record<string, unknown>)) {
    const e = v as Record<string, unknown> | null;
    const isHash = (x: unknown) => typeof x === 'string' && /^[0-9a-f]{16}$/.test(x);
    const nmc = e?.noMeaningChange;
    const isLangs = (x: unknown) =>
      x === undefined || (Array.isArray(x) && x.length > 0 && x.every((l) => (LANGS as readonly unknown[]).includes(l)) && new Set(x).size === x.length);
    if (typeof e !== 'object' || e === null || typeof e.slug !== 'string' || !isHash(e.en) || !isHash(e.zh) || !isLangs(nmc)) {
      throw bad(`the entry for "${id}" must be { "slug": string, "en": 16 hex digits, "zh": 16 hex digits } with, optionally, "noMeaningChange": ["en"], ["zh"] or ["en", "zh"]`);
    }
    sections[id] = { slug: e.slug, en: e.en as string, zh: e.zh as string, ...(nmc ? { noMeaningChange: nmc as Lang[] } : {}) };
  }
  return { version: LOCK_VERSION, sections };
}

/** The lock as committed: sorted by book order, one entry per line, stable for diffs. */
export function serializeLock(lock: Lock, order: string[] = []): string {
  const ids = [...order.filter((id) => id in lock.sections), ...Object.keys(lock.sections).filter((id) => !order.includes(id)).sort()];
  const lines = ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(lock.sections[id])}`);
  return `{\n  "version": ${LOCK_VERSION},\n  "sections": {\n${lines.join(',\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

export const emptyLock = (): Lock => ({ version: LOCK_VERSION, sections: {} });

/**
 * Records the current hashes of both languages for `ids` (after the other language was
 * updated or checked). Throws for an unknown id or a section present in one language only.
 */
export function recordSections(lock: Lock, report: SyncReport, ids: string[]): Lock {
  const next: Lock = { version: LOCK_VERSION, sections: { ...lock.sections } };
  for (const id of ids) {
    const s = sectionFor(report, id);
    // A joint review: any note of changes without meaning change is cleared.
    next.sections[id] = { slug: s.slug, en: s.en, zh: s.zh };
  }
  return next;
}

function sectionFor(report: SyncReport, id: string): SectionStatus & { en: string; zh: string } {
  const s = report.sections.find((x) => x.id === id);
  if (!s) {
    const near = report.sections.filter((x) => x.id.includes(id) || id.includes(x.id)).map((x) => x.id);
    throw new LockError(`"${id}" is not a section id of the book${near.length ? ` (did you mean ${near.slice(0, 5).join(', ')}?)` : ''}. \`npm run sync:status\` lists them.`);
  }
  if (s.en === undefined || s.zh === undefined) throw new LockError(`"${id}" exists in ${s.en === undefined ? 'Chinese' : 'English'} only: add the other language first.`);
  return s as SectionStatus & { en: string; zh: string };
}

/**
 * Records the current hashes of `ids` for changes that do not touch the meaning
 * (a typo, punctuation, a link target), without a joint review: the entry notes
 * which language(s) changed that way (`noMeaningChange`). A section already in
 * sync is left as it is. A new section has no joint review to keep: it is refused.
 * Returns the new lock and, per id, the languages recorded (empty when in sync).
 */
export function recordNoMeaningChange(lock: Lock, report: SyncReport, ids: string[]): { lock: Lock; changed: Record<string, Lang[]> } {
  const next: Lock = { version: LOCK_VERSION, sections: { ...lock.sections } };
  const changed: Record<string, Lang[]> = {};
  for (const id of ids) {
    const s = sectionFor(report, id);
    const entry = next.sections[id];
    if (!entry) {
      throw new LockError(
        `"${id}" is a new section (not in ${LOCK_PATH}): it has no joint review to keep, so ${NO_MEANING_CHANGE} does not apply. ` +
          `Check that both languages say the same, then run \`${CLEAR_HINT(id)}\`.`,
      );
    }
    const langs = LANGS.filter((l) => entry[l] !== s[l]);
    changed[id] = langs;
    if (langs.length === 0) continue;
    const noted = LANGS.filter((l) => langs.includes(l) || entry.noMeaningChange?.includes(l));
    next.sections[id] = { slug: s.slug, en: s.en, zh: s.zh, noMeaningChange: noted };
  }
  return { lock: next, changed };
}

/**
 * Carries the lock records of moved ids (src/data/moves.ts) over to their new
 * ids, so that a rename keeps its review history: `old` → `new` (and a moved
 * page's `old#intro` → `new#intro`). When the new id already has a record, the
 * old one is just dropped.
 */
export function carryMoves(lock: Lock, report: SyncReport, moves: readonly MovedId[]): { lock: Lock; carried: { from: string; to: string }[] } {
  const next: Lock = { version: LOCK_VERSION, sections: { ...lock.sections } };
  const carried = movedKeys(lock, report, moves);
  for (const { from, to } of carried) {
    const entry = next.sections[from]!;
    const slug = report.sections.find((s) => s.id === to)!.slug;
    if (!next.sections[to]) next.sections[to] = { ...entry, slug };
    delete next.sections[from];
  }
  return { lock: next, carried };
}

/** Every section recorded as it is now (initial seeding, or after a joint review of the whole book). */
export function recordAll(report: SyncReport): Lock {
  const ids = report.sections.filter((s) => s.en !== undefined && s.zh !== undefined).map((s) => s.id);
  return recordSections(emptyLock(), report, ids);
}

/** Drops the entries whose ids are no longer sections of the book. */
export function prune(lock: Lock, report: SyncReport): { lock: Lock; dropped: string[] } {
  const sections = { ...lock.sections };
  for (const id of report.orphans) delete sections[id];
  return { lock: { version: LOCK_VERSION, sections }, dropped: [...report.orphans] };
}

const STATE_LABEL: Record<SectionState, string> = {
  synced: 'in sync',
  'en-changed': 'English changed',
  'zh-changed': 'Chinese changed',
  'both-changed': 'both changed',
  unlocked: 'not in lock',
  'one-sided': 'one language only',
};

/**
 * The `npm run sync:status` table: every section with its state, then orphans and a summary.
 * With the lock, a section recorded with `--no-meaning-change` says so; `brief` lists only the
 * sections that need attention (then the summary).
 */
export function statusTable(report: SyncReport, opts: { lock?: Lock; brief?: boolean } = {}): string {
  const w = Math.max(10, ...report.sections.map((s) => s.id.length));
  const langName: Record<Lang, string> = { en: 'English', zh: 'Chinese' };
  const label = (s: SectionStatus) => {
    const nmc = s.state === 'synced' ? opts.lock?.sections[s.id]?.noMeaningChange : undefined;
    return nmc ? `${STATE_LABEL[s.state]} (${nmc.map((l) => langName[l]).join(' and ')}: edits recorded as not touching the meaning since the last joint review)` : STATE_LABEL[s.state];
  };
  const shown = opts.brief ? report.sections.filter((s) => s.state !== 'synced') : report.sections;
  const rows = shown.map((s) => `${s.state === 'synced' ? ' ' : '!'} ${s.id.padEnd(w)}  ${s.slug.padEnd(14)} ${label(s)}`);
  for (const id of report.orphans) rows.push(`! ${id.padEnd(w)}  ${''.padEnd(14)} in lock only (prune with \`${PRUNE_HINT}\`)`);
  const counts = new Map<string, number>();
  for (const s of report.sections) counts.set(STATE_LABEL[s.state], (counts.get(STATE_LABEL[s.state]) ?? 0) + 1);
  if (report.orphans.length) counts.set('in lock only', report.orphans.length);
  const noted = report.sections.filter((s) => s.state === 'synced' && opts.lock?.sections[s.id]?.noMeaningChange).length;
  const summary = [...counts]
    .map(([k, n]) => `${n} ${k}${k === STATE_LABEL.synced && noted ? ` (${noted} with edits recorded as not touching the meaning)` : ''}`)
    .join(', ');
  const head = rows.length ? `${rows.join('\n')}\n\n` : '';
  return `${head}${report.sections.length} sections: ${summary}`;
}
