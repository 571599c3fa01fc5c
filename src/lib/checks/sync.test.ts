import { describe, expect, it } from 'vitest';
import {
  carryMoves,
  compare,
  hashText,
  normalize,
  parseLock,
  problems,
  prune,
  recordAll,
  recordNoMeaningChange,
  recordSections,
  serializeLock,
  splitSource,
  statusTable,
  LockError,
  emptyLock,
} from './sync';

const EN = `---
title: Math
description: Formulas.
sidebar:
  order: 3
---
import Cite from '~/components/Cite.astro';

Intro text.

## Mean squared error {/*mse*/}

The MSE is the mean of squared errors.

\`\`\`python
## not a heading {/*nope*/}
\`\`\`

### Gradient {/*mse-gradient*/}

Its gradient.
`;
const ZH = `---
title: 数学
description: 公式。
---
import Cite from '~/components/Cite.astro';

引言。

## 均方误差 {/*mse*/}

均方误差是误差平方的平均值。

\`\`\`python
## not a heading {/*nope*/}
\`\`\`

### 梯度 {/*mse-gradient*/}

它的梯度。
`;

const book = (en: string, zh: string) => ({ en: { math: en }, zh: { math: zh } });
const seeded = () => recordAll(compare(book(EN, ZH), emptyLock()));

describe('splitSource', () => {
  it('splits at headings with ids, keeps the intro with title and description, ignores code fences', () => {
    const s = splitSource('math', EN);
    expect(s.map((x) => x.id)).toEqual(['math#intro', 'mse', 'mse-gradient']);
    expect(s[0]!.text).toContain('title: Math');
    expect(s[0]!.text).not.toContain('order: 3');
    expect(s[1]!.text).toContain('## not a heading');
  });
});

describe('normalize', () => {
  it('ignores whitespace, MDX comments and imports', () => {
    expect(normalize('a  b\n\n  c\t')).toBe('a b c');
    expect(normalize('## T {/*mse*/}\n\nx')).toBe(normalize('## T {/* other */}\nx'));
    expect(normalize("import X from 'y';\nText")).toBe('Text');
    expect(hashText('one two')).toBe(hashText('  one\n   two  '));
    expect(hashText('one two')).not.toBe(hashText('one, two'));
  });
});

describe('the guard', () => {
  it('a freshly seeded lock is clean', () => {
    const r = compare(book(EN, ZH), seeded());
    expect(r.sections.every((s) => s.state === 'synced')).toBe(true);
    expect(problems(r)).toEqual([]);
  });

  it('a one-sided edit fails, naming the section, the side and the command that clears it', () => {
    const edited = EN.replace('Its gradient.', 'Its gradient, derived step by step.');
    const r = compare(book(edited, ZH), seeded());
    expect(r.sections.find((s) => s.id === 'mse-gradient')!.state).toBe('en-changed');
    const msgs = problems(r);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('section "mse-gradient"');
    expect(msgs[0]).toContain('the English text changed');
    expect(msgs[0]).toContain('`npm run sync -- mse-gradient`');
    expect(msgs[0]).toContain('`npm run sync -- mse-gradient --no-meaning-change`');
    const zhEdited = compare(book(EN, ZH.replace('引言。', '新的引言。')), seeded());
    expect(problems(zhEdited)[0]).toMatch(/section "math#intro".*Chinese text changed/);
  });

  it('sync clears it, recording both hashes', () => {
    const edited = EN.replace('Its gradient.', 'Its gradient, derived step by step.');
    const before = compare(book(edited, ZH), seeded());
    const lock = recordSections(seeded(), before, ['mse-gradient']);
    expect(problems(compare(book(edited, ZH), lock))).toEqual([]);
    expect(lock.sections['mse-gradient']!.en).not.toBe(seeded().sections['mse-gradient']!.en);
    expect(lock.sections['mse-gradient']!.zh).toBe(seeded().sections['mse-gradient']!.zh);
  });

  it('whitespace-only edits and comment edits do not count', () => {
    const reflowed = EN.replace('The MSE is the mean of squared errors.', 'The MSE is   the mean\nof squared errors.  ').replace('\n\n### Gradient', '\n\n\n### Gradient');
    expect(problems(compare(book(reflowed, ZH), seeded()))).toEqual([]);
  });

  it('both sides changed, a new section and a section in one language only are reported', () => {
    const r = compare(book(EN.replace('Intro text.', 'Intro.'), ZH.replace('引言。', '导言。')), seeded());
    expect(r.sections.find((s) => s.id === 'math#intro')!.state).toBe('both-changed');
    const added = compare(book(`${EN}\n## New {/*new-one*/}\n\nText.\n`, `${ZH}\n## 新 {/*new-one*/}\n\n文字。\n`), seeded());
    expect(problems(added)).toEqual([expect.stringContaining('section "new-one"')]);
    expect(problems(added)[0]).toContain('new section');
    const oneSided = compare(book(`${EN}\n## Only {/*only-en*/}\n`, ZH), seeded());
    expect(oneSided.sections.find((s) => s.id === 'only-en')!.state).toBe('one-sided');
    expect(() => recordSections(seeded(), oneSided, ['only-en'])).toThrow(/English only/);
  });

  it('an unknown id is refused; an entry for a vanished id is reported and pruned', () => {
    const r = compare(book(EN, ZH), seeded());
    expect(() => recordSections(seeded(), r, ['msee'])).toThrow(/not a section id/);
    const stale = { ...seeded(), sections: { ...seeded().sections, gone: { slug: 'math', en: '0123456789abcdef', zh: '0123456789abcdef' } } };
    const r2 = compare(book(EN, ZH), stale);
    expect(r2.orphans).toEqual(['gone']);
    expect(problems(r2)).toEqual([expect.stringContaining('npm run sync -- --prune')]);
    const { lock, dropped } = prune(stale, r2);
    expect(dropped).toEqual(['gone']);
    expect(problems(compare(book(EN, ZH), lock))).toEqual([]);
    expect(statusTable(r2)).toContain('in lock only');
  });
});

describe('the lock file', () => {
  it('round-trips', () => {
    const lock = seeded();
    expect(parseLock(serializeLock(lock, ['math#intro', 'mse', 'mse-gradient']))).toEqual(lock);
  });

  it('a corrupt lock fails with a clear message', () => {
    expect(() => parseLock('{ "version": 1, "sections": { "mse": ')).toThrow(LockError);
    expect(() => parseLock('{ "version": 1, "sections": { "mse": ')).toThrow(/not valid JSON.*git checkout -- src\/data\/translation-lock.json/s);
    expect(() => parseLock('[]')).toThrow(/corrupt: the top level is not an object/);
    expect(() => parseLock('{"version":2,"sections":{}}')).toThrow(/"version" is 2/);
    expect(() => parseLock('{"version":1,"sections":{"mse":{"slug":"math","en":"xyz","zh":"0123456789abcdef"}}}')).toThrow(/entry for "mse"/);
  });
});

describe('a change that does not touch the meaning (npm run sync -- <id> --no-meaning-change)', () => {
  const typo = EN.replace('The MSE is the mean of squared errors.', 'The MSE is the mean of the squared errors.');

  it('records the new hashes without a joint review, and the entry says so', () => {
    const before = compare(book(typo, ZH), seeded());
    expect(problems(before)).toEqual([expect.stringContaining('`npm run sync -- mse --no-meaning-change`')]);
    const { lock, changed } = recordNoMeaningChange(seeded(), before, ['mse']);
    expect(changed).toEqual({ mse: ['en'] });
    expect(lock.sections.mse).toEqual({ slug: 'math', en: hashText(splitSource('math', typo)[1]!.text), zh: seeded().sections.mse!.zh, noMeaningChange: ['en'] });
    expect(problems(compare(book(typo, ZH), lock))).toEqual([]);
    // The record is in the committed file, and reads back.
    const text = serializeLock(lock, ['math#intro', 'mse', 'mse-gradient']);
    expect(text).toContain('"mse": {"slug":"math","en":');
    expect(text).toContain('"noMeaningChange":["en"]');
    expect(parseLock(text)).toEqual(lock);
    expect(statusTable(compare(book(typo, ZH), lock), { lock, brief: true })).toBe('3 sections: 3 in sync (1 with edits recorded as not touching the meaning)');
    expect(statusTable(compare(book(typo, ZH), lock), { lock })).toMatch(/mse\s+math\s+in sync \(English: edits recorded as not touching the meaning since the last joint review\)/);
  });

  it('adds up over edits in both languages; a joint review clears the note', () => {
    const first = recordNoMeaningChange(seeded(), compare(book(typo, ZH), seeded()), ['mse']).lock;
    const zhTypo = ZH.replace('均方误差是误差平方的平均值。', '均方误差是误差平方的平均值 。');
    const second = recordNoMeaningChange(first, compare(book(typo, zhTypo), first), ['mse']);
    expect(second.changed).toEqual({ mse: ['zh'] });
    expect(second.lock.sections.mse!.noMeaningChange).toEqual(['en', 'zh']);
    const reviewed = recordSections(second.lock, compare(book(typo, zhTypo), second.lock), ['mse']);
    expect(reviewed.sections.mse!.noMeaningChange).toBeUndefined();
    expect(serializeLock(reviewed)).not.toContain('noMeaningChange');
  });

  it('leaves a section in sync alone and refuses a new section or an unknown id', () => {
    const r = recordNoMeaningChange(seeded(), compare(book(EN, ZH), seeded()), ['mse']);
    expect(r.changed).toEqual({ mse: [] });
    expect(r.lock).toEqual(seeded());
    const added = compare(book(`${EN}\n## New {/*new-one*/}\n\nText.\n`, `${ZH}\n## 新 {/*new-one*/}\n\n文字。\n`), seeded());
    expect(() => recordNoMeaningChange(seeded(), added, ['new-one'])).toThrow(/new section.*`npm run sync -- new-one`/);
    expect(() => recordNoMeaningChange(seeded(), added, ['msee'])).toThrow(/not a section id/);
  });

  it('both languages changed: the message names both commands', () => {
    const r = compare(book(typo, ZH.replace('均方误差是', '均方误差即')), seeded());
    const [m] = problems(r);
    expect(m).toContain('both languages changed');
    expect(m).toContain('`npm run sync -- mse`');
    expect(m).toContain('`npm run sync -- mse --no-meaning-change`');
  });

  it('a malformed note is a corrupt lock', () => {
    const entry = (nmc: unknown) => JSON.stringify({ version: 1, sections: { mse: { slug: 'math', en: '0123456789abcdef', zh: '0123456789abcdef', noMeaningChange: nmc } } });
    expect(() => parseLock(entry(['fr']))).toThrow(/entry for "mse".*noMeaningChange/);
    expect(() => parseLock(entry([]))).toThrow(LockError);
    expect(() => parseLock(entry('en'))).toThrow(LockError);
    expect(parseLock(entry(['zh'])).sections.mse!.noMeaningChange).toEqual(['zh']);
  });
});

describe('a declared move (npm run sync -- --moves)', () => {
  const moves = [{ from: 'mse-gradient', to: 'gradient-of-mse' }];
  const renamed = (src: string) => src.replace('{/*mse-gradient*/}', '{/*gradient-of-mse*/}');

  it('the lock names the command that carries the record over, which keeps the review history', () => {
    const r = compare(book(renamed(EN), renamed(ZH)), seeded());
    // Without the moves: a new section and an orphan.
    expect(problems(r)).toHaveLength(2);
    const msgs = problems(r, moves, seeded());
    expect(msgs).toEqual([expect.stringContaining('section "gradient-of-mse"')]);
    expect(msgs[0]).toContain('old id "mse-gradient"');
    expect(msgs[0]).toContain('`npm run sync -- --moves`');
    const { lock, carried } = carryMoves(seeded(), r, moves);
    expect(carried).toEqual([{ from: 'mse-gradient', to: 'gradient-of-mse' }]);
    expect(lock.sections['mse-gradient']).toBeUndefined();
    // Heading ids are MDX comments: the text did not change, so the section is in sync at once.
    expect(lock.sections['gradient-of-mse']).toEqual(seeded().sections['mse-gradient']);
    expect(problems(compare(book(renamed(EN), renamed(ZH)), lock), moves, lock)).toEqual([]);
  });

  it('when the new id has its own record, the old one is dropped', () => {
    const r = compare(book(renamed(EN), renamed(ZH)), seeded());
    const own = recordSections(seeded(), r, ['gradient-of-mse']);
    const msgs = problems(compare(book(renamed(EN), renamed(ZH)), own), moves, own);
    expect(msgs).toEqual([expect.stringMatching(/entry for "mse-gradient", which moved to "gradient-of-mse".*`npm run sync -- --moves`/)]);
    const { lock } = carryMoves(own, compare(book(renamed(EN), renamed(ZH)), own), moves);
    expect(Object.keys(lock.sections).sort()).toEqual(['gradient-of-mse', 'math#intro', 'mse']);
  });
});
