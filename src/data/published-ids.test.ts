/**
 * The committed ledger of published ids (src/data/published-ids.json) against
 * the book as it is: every published id is still there or declared moved, the
 * moves are valid, and the ledger already lists every id of the book. In CI
 * (`CI` set) a missing id fails, naming the command that adds it; locally this
 * test (like `npm run build`) appends the new ids with the current edition, and
 * `git status` shows the file to commit.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkLedger, LEDGER_FILE, LEDGER_UPDATE_COMMAND } from '../plugins/links-integration';
import { serializeLedger, withNewIds } from '../lib/ledger';
import { CURRENT_EDITION } from './editions';
import { MOVES } from './moves';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the committed ledger of published ids', () => {
  const { problems, ledger, ledgerPath, current, fresh } = checkLedger(ROOT);

  test('no published id is lost, every move is valid', () => {
    expect(problems).toEqual([]);
  });

  test('the ledger lists every id of the book', () => {
    if (fresh.length > 0 && !process.env.CI) {
      writeFileSync(ledgerPath, serializeLedger(withNewIds(ledger, current, CURRENT_EDITION.id)));
      console.info(`${LEDGER_FILE}: added ${fresh.map((c) => c.id).join(', ')} (edition ${CURRENT_EDITION.id}); commit the file`);
      return;
    }
    expect(
      fresh.map((c) => c.id),
      `${LEDGER_FILE} lacks ids that the book publishes now. Run \`${LEDGER_UPDATE_COMMAND}\` (or \`npm run build\`) and commit ${LEDGER_FILE}.`,
    ).toEqual([]);
  });

  test('the file is in its canonical form (one id per line) and never loses a line', () => {
    const text = readFileSync(ledgerPath, 'utf8');
    expect(text).toBe(serializeLedger(JSON.parse(text).ids));
  });

  test('every moved id was published and is in the ledger', () => {
    for (const m of MOVES) expect(ledger[m.from], m.from).toBeDefined();
  });
});
