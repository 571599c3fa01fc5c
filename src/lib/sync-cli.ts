/**
 * `npm run sync -- <id> [<id>…]`   record both languages' hashes of these sections (after review)
 * `npm run sync -- --prune`        drop lock entries whose ids no longer exist
 * `npm run sync -- --all`          record every section as it is now (initial seeding, or after a
 *                                  joint review of the whole book — never to silence the check)
 * `npm run sync:status`            every section with its state
 */
import { fileURLToPath } from 'node:url';
import { compare, problems, prune, recordAll, recordSections, statusTable, LockError, LOCK_PATH } from './sync.ts';
import { readLock, readSources, writeLock } from './sync-fs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);

function main(): number {
  const sources = readSources(root);
  const status = args.includes('--status');
  const all = args.includes('--all');
  // --all may overwrite a corrupt lock; everything else needs a readable one.
  const lock = all ? { version: 1, sections: {} } : readLock(root);
  const report = compare(sources, lock);
  const order = report.sections.map((s) => s.id);
  if (status) {
    console.log(statusTable(report));
    return 0;
  }
  if (all) {
    const next = recordAll(report);
    writeLock(root, next, order);
    console.log(`${LOCK_PATH}: recorded ${Object.keys(next.sections).length} sections.`);
    return 0;
  }
  if (args.includes('--prune')) {
    const { lock: next, dropped } = prune(lock, report);
    writeLock(root, next, order);
    console.log(dropped.length ? `Dropped ${dropped.length} entries: ${dropped.join(', ')}` : 'Nothing to prune.');
    return 0;
  }
  const ids = args.filter((a) => !a.startsWith('--'));
  if (ids.length === 0) {
    console.error('usage: npm run sync -- <section-id>… | --prune | --all   (npm run sync:status lists the sections)');
    return 2;
  }
  const next = recordSections(lock, report, ids);
  writeLock(root, next, order);
  for (const id of ids) console.log(`${id}: recorded (en ${next.sections[id]!.en}, zh ${next.sections[id]!.zh})`);
  const left = problems(compare(sources, next));
  if (left.length) console.log(`${left.length} other section(s) still need attention (npm run sync:status).`);
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
