import { describe, expect, it } from 'vitest';
import { changelog } from './changelog';

const note = { en: 'n', zh: 'n' };

describe('changelog', () => {
  const log = changelog({
    editions: [{ id: '1' }, { id: '2' }, { id: '3' }],
    ledger: { a: { kind: 'heading', slug: 'p', since: '1' }, b: { kind: 'heading', slug: 'p', since: '3' } },
    moves: [],
    errata: [
      { id: 'e1', chapter: 'p', section: 'a' },
      { id: 'e2', chapter: 'p', section: 'a', edition: '2' },
    ],
    revisions: [
      { edition: '3', id: 'a', note },
      { edition: '3', id: 'a', note: { en: 'fixed', zh: '改正' }, kind: 'corrected' },
    ],
  });
  const of = (ed: string) => log.find((e) => e.edition === ed)!.items;

  it('lists, per edition, what was added, revised and corrected (errata by their edition, default the first)', () => {
    expect(log.map((e) => e.edition)).toEqual(['3', '2', '1']);
    expect(of('1')).toEqual([{ kind: 'corrected', id: 'a', erratum: 'e1', chapter: 'p' }]);
    expect(of('2')).toEqual([{ kind: 'corrected', id: 'a', erratum: 'e2', chapter: 'p' }]);
  });

  it("lists a correction of the book's own text under Corrected, with its note and no erratum", () => {
    expect(of('3')).toEqual([
      { kind: 'added', id: 'b' },
      { kind: 'revised', id: 'a', note },
      { kind: 'corrected', id: 'a', note: { en: 'fixed', zh: '改正' } },
    ]);
  });
});
