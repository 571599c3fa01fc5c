import { describe, expect, it } from 'vitest';
import { LANGS } from '../book/book';
import { MAX_ENTRIES, PROGRESS_KEY, loadProgress, type Progress, type StorageLike } from './progress';
import { MAX_CODE_CHARS, TRANSFER_TEXT, checksum, decodeProgress, encodeProgress, importProgress, mergeProgress } from './transfer';

function memory(initial: Record<string, string> = {}, full = false): StorageLike {
  const data = { ...initial };
  return {
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const sample: Progress = { 'ex-1-4': 'attempted', 'ex-4-2': 'solved', 'ex-4-10': 'solved' };

/** A code with a right checksum around any body (what a crafted code looks like). */
const signed = (body: string) => `${body}:${checksum(body)}`;

describe('progress codes', () => {
  it('round-trip, oldest first, versioned and checksummed', () => {
    const code = encodeProgress(sample);
    expect(code).toMatch(/^fmb1:1-4a,4-2s,4-10s:[0-9a-f]{8}$/);
    expect(decodeProgress(code)).toEqual({ ok: true, progress: sample });
    expect(Object.keys((decodeProgress(code) as { progress: Progress }).progress)).toEqual(Object.keys(sample));
    expect(decodeProgress(encodeProgress({}))).toEqual({ ok: true, progress: {} });
  });
  it('a pasted code may be wrapped or surrounded by white space', () => {
    const code = encodeProgress(sample);
    expect(decodeProgress(`  ${code.slice(0, 10)}\n${code.slice(10)}\n`)).toEqual({ ok: true, progress: sample });
  });
  it('leaves out what is not an exercise entry when encoding', () => {
    expect(decodeProgress(encodeProgress({ ...sample, 'x-1': 'solved', 'ex-2-1': 'done' } as unknown as Progress))).toEqual({ ok: true, progress: sample });
  });
  it('refuses, naming why: empty, too long, not a code, another version, damaged, too many', () => {
    const code = encodeProgress(sample);
    expect(decodeProgress('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgress(' \n ')).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgress('x'.repeat(MAX_CODE_CHARS + 1))).toEqual({ ok: false, error: 'too-long' });
    expect(decodeProgress(' '.repeat(3 * MAX_CODE_CHARS))).toEqual({ ok: false, error: 'too-long' });
    expect(decodeProgress('{"ex-4-2":"solved"}')).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress('https://example.org/?fmb1:4-2s')).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(code.replace('fmb1', 'fmb2'))).toEqual({ ok: false, error: 'version' });
    expect(decodeProgress(code.replace('fmb1', 'fmb01'))).toEqual({ ok: false, error: 'version' });
    expect(decodeProgress(code.slice(0, -1))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeProgress(code.replace('4-2s', '4-2a'))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeProgress(code.replace(',4-10s', ''))).toEqual({ ok: false, error: 'damaged' });
    expect(decodeProgress(`${code}:00000000`)).toEqual({ ok: false, error: 'damaged' });
    expect(decodeProgress(code.toUpperCase())).toEqual({ ok: false, error: 'not-a-code' });
  });
  it('refuses a crafted code with a right checksum: bad entries, duplicates, too many', () => {
    expect(decodeProgress(signed('fmb1:4-2s,4-2a'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:4-2x'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:0-2s'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:4-2s,'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:<img/src=x>'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:__proto__'))).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodeProgress(signed('fmb1:1234-1s'))).toEqual({ ok: false, error: 'not-a-code' });
    const tooMany = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => `${1 + Math.floor(i / 99)}-${1 + (i % 99)}s`).join(',');
    expect(decodeProgress(signed(`fmb1:${tooMany}`))).toEqual({ ok: false, error: 'too-many' });
    const full = Array.from({ length: MAX_ENTRIES }, (_, i) => `${100 + Math.floor(i / 99)}-${100 + (i % 99)}s`).join(',');
    expect(signed(`fmb1:${full}`).length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    expect(decodeProgress(signed(`fmb1:${full}`)).ok).toBe(true);
  });
  it('never throws on odd input', () => {
    for (const t of ['fmb', 'fmb1', 'fmb1:', 'fmb1::', '::', 'fmb999:x:y', '\u0000', 'fmb1:4-2s:zzzzzzzz', null as unknown as string, 42 as unknown as string]) {
      expect(() => decodeProgress(t)).not.toThrow();
      expect(decodeProgress(t).ok).toBe(false);
    }
  });
  it('every refusal and outcome has words in both languages', () => {
    for (const lang of LANGS) {
      const T = TRANSFER_TEXT[lang];
      for (const e of ['empty', 'too-long', 'not-a-code', 'version', 'damaged', 'too-many'] as const) expect(T.errors[e]).toMatch(/\S/);
      expect(T.saveFailed.full).toMatch(/\S/);
      expect(T.saveFailed.unavailable).toMatch(/\S/);
      for (const [c, i] of [
        [0, 0],
        [1, 0],
        [3, 2],
        [1, 1],
      ] as const) {
        expect(T.imported(c, i)).not.toMatch(/undefined|NaN/);
        expect(T.nothingNew(i)).not.toMatch(/undefined|NaN/);
      }
    }
    expect(TRANSFER_TEXT.en.imported(1, 1)).toBe('Imported: 1 exercise updated. 1 exercise is not in this book and was left out.');
    expect(TRANSFER_TEXT.zh.imported(3, 0)).toBe('已导入：更新了 3 道练习。');
  });
});

describe('importing a code', () => {
  it('solved wins, nothing is downgraded, unknown exercises are left out and counted', () => {
    const current: Progress = { 'ex-1-1': 'solved', 'ex-1-2': 'attempted' };
    const incoming: Progress = { 'ex-1-1': 'attempted', 'ex-1-2': 'solved', 'ex-1-3': 'attempted', 'ex-99-9': 'solved' };
    const known = new Set(['ex-1-1', 'ex-1-2', 'ex-1-3']);
    expect(mergeProgress(current, incoming, known)).toEqual({ progress: { 'ex-1-1': 'solved', 'ex-1-2': 'solved', 'ex-1-3': 'attempted' }, changed: 2, ignored: 1 });
    expect(mergeProgress(current, current)).toEqual({ progress: current, changed: 0, ignored: 0 });
    const s = memory({ [PROGRESS_KEY]: JSON.stringify(current) });
    expect(importProgress(incoming, known, s)).toEqual({ result: 'saved', changed: 2, ignored: 1 });
    expect(loadProgress(s)).toEqual({ 'ex-1-1': 'solved', 'ex-1-2': 'solved', 'ex-1-3': 'attempted' });
    expect(importProgress(incoming, known, s)).toEqual({ result: 'saved', changed: 0, ignored: 1 });
  });
  it('says when the storage is full or missing, and keeps what was stored', () => {
    const full = memory({ [PROGRESS_KEY]: '{"ex-4-2":"solved"}' }, true);
    expect(importProgress({ 'ex-1-1': 'solved' }, undefined, full)).toEqual({ result: 'full', changed: 1, ignored: 0 });
    expect(loadProgress(full)).toEqual({ 'ex-4-2': 'solved' });
    expect(importProgress({ 'ex-1-1': 'solved' }, undefined, null)).toEqual({ result: 'unavailable', changed: 0, ignored: 0 });
  });
});
