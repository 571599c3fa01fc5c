/**
 * The committed ledger of published ids (src/data/published-ids.json) against
 * the book as it is: every published id is still there or declared moved, and
 * the moves are valid. Like `npm run build`, this test only reads the ledger.
 *
 * An id of the book that the ledger does not list yet (published for the first
 * time) is fine: it is recorded at release by `npm run ids:update`, which runs
 * this file with IDS_UPDATE=1 — the only way the ledger is written.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkLedger, freshIdsNote, LEDGER_FILE, LEDGER_FIX_HINT, LEDGER_UPDATE_COMMAND } from '../plugins/links-integration';
import { serializeLedger, withNewIds } from '../lib/book/ledger';
import { CURRENT_EDITION } from './editions';
import { MOVES } from './moves';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UPDATE = process.env.IDS_UPDATE === '1';

describe('the committed ledger of published ids', () => {
  const { problems, ledger, ledgerPath, current, fresh } = checkLedger(ROOT);

  test('no published id is lost, every move is valid', () => {
    expect(problems, `A published id never dies. ${LEDGER_FIX_HINT}`).toEqual([]);
  });

  test(UPDATE ? `records the ids published for the first time (${LEDGER_UPDATE_COMMAND})` : 'ids published for the first time are fine (recorded at release)', () => {
    if (!UPDATE) {
      if (fresh.length > 0) console.info(freshIdsNote(fresh));
      return;
    }
    expect(problems, `${LEDGER_UPDATE_COMMAND} records new ids only when no published id is lost. ${LEDGER_FIX_HINT}`).toEqual([]);
    // Written in its canonical form, new ids appended: nothing else changes.
    writeFileSync(ledgerPath, serializeLedger(withNewIds(ledger, current, CURRENT_EDITION.id)));
    console.info(
      fresh.length === 0
        ? `${LEDGER_FILE}: already lists every id of the book`
        : `${LEDGER_FILE}: added ${fresh.map((c) => c.id).join(', ')} (edition ${CURRENT_EDITION.id}); commit the file`,
    );
  });

  test('the file is in its canonical form (one id per line) and never loses a line', () => {
    const text = readFileSync(ledgerPath, 'utf8');
    expect(text, `${LEDGER_FILE} is not in its canonical form: \`${LEDGER_UPDATE_COMMAND}\` rewrites it (keeping every id)`).toBe(
      serializeLedger(JSON.parse(text).ids),
    );
  });

  test('every moved id was published and is in the ledger', () => {
    for (const m of MOVES) expect(ledger[m.from], `src/data/moves.ts: "${m.from}" is not in ${LEDGER_FILE}`).toBeDefined();
  });
});
