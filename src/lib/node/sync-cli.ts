/**
 * `npm run sync -- <id> [<id>…]`   record both languages' hashes of these sections (after a joint review)
 * `npm run sync -- <id>… --no-meaning-change`
 *                                  record a change that does not touch the meaning (a typo, punctuation,
 *                                  a link target) without a joint review; the lock entry says so
 * `npm run sync -- --moves`        carry the records of moved ids (src/data/moves.ts) over to their new ids
 * `npm run sync -- --prune`        drop lock entries whose ids no longer exist
 * `npm run sync -- --all`          record every section as it is now (initial seeding, or after a
 *                                  joint review of the whole book — never to silence the check)
 * `npm run sync:status`            every section with its state (`-- --brief`: only those that need attention)
 */
import { fileURLToPath } from 'node:url';
import {
  carryMoves,
  compare,
  problems,
  prune,
  recordAll,
  recordNoMeaningChange,
  recordSections,
  statusTable,
  LockError,
  LOCK_PATH,
  NO_MEANING_CHANGE,
} from '../checks/sync.ts';
import { readLock, readSources, writeLock } from './sync-fs.ts';
import { MOVES } from '../../data/moves.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const FLAGS = ['--status', '--brief', '--all', '--prune', '--moves', NO_MEANING_CHANGE];
const USAGE =
  `usage: npm run sync -- <section-id>… [${NO_MEANING_CHANGE}] | --moves | --prune | --all\n` +
  '       npm run sync:status [-- --brief]   (lists the sections)';

function main(): number {
  const unknown = args.filter((a) => a.startsWith('-') && !FLAGS.includes(a));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const sources = readSources(root);
  const status = args.includes('--status');
  const all = args.includes('--all');
  // --all may overwrite a corrupt lock; everything else needs a readable one.
  const lock = all ? { version: 1, sections: {} } : readLock(root);
  const report = compare(sources, lock);
  const order = report.sections.map((s) => s.id);
  if (status) {
    console.log(statusTable(report, { lock, brief: args.includes('--brief') }));
    return 0;
  }
  if (all) {
    const next = recordAll(report);
    writeLock(root, next, order);
    console.log(`${LOCK_PATH}: recorded ${Object.keys(next.sections).length} sections.`);
    return 0;
  }
  if (args.includes('--moves')) {
    const { lock: next, carried } = carryMoves(lock, report, MOVES);
    writeLock(root, next, order);
    console.log(carried.length ? carried.map((c) => `${c.from} → ${c.to}: record carried over`).join('\n') : 'No lock record of a moved id to carry over.');
    const left = problems(compare(sources, next), MOVES, next);
    if (left.length) console.log(`${left.length} section(s) still need attention:\n- ${left.join('\n- ')}`);
    return 0;
  }
  if (args.includes('--prune')) {
    const { lock: next, dropped } = prune(lock, report);
    writeLock(root, next, order);
    console.log(dropped.length ? `Dropped ${dropped.length} entries: ${dropped.join(', ')}` : 'Nothing to prune.');
    return 0;
  }
  const ids = args.filter((a) => !a.startsWith('-'));
  if (ids.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let next;
  if (args.includes(NO_MEANING_CHANGE)) {
    const r = recordNoMeaningChange(lock, report, ids);
    next = r.lock;
    for (const id of ids) {
      const langs = r.changed[id]!;
      console.log(
        langs.length === 0
          ? `${id}: already in sync, nothing recorded`
          : `${id}: recorded as a change that does not touch the meaning (${langs.join(' and ')}; en ${next.sections[id]!.en}, zh ${next.sections[id]!.zh})`,
      );
    }
  } else {
    next = recordSections(lock, report, ids);
    for (const id of ids) console.log(`${id}: recorded (en ${next.sections[id]!.en}, zh ${next.sections[id]!.zh})`);
  }
  writeLock(root, next, order);
  const left = problems(compare(sources, next), MOVES, next);
  if (left.length) console.log(`${left.length} other section(s) still need attention (npm run sync:status -- --brief).`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof LockError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
}
