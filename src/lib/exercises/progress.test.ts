import { describe, expect, it, vi } from 'vitest';
import {
  MAX_ENTRIES,
  MAX_STORED_CHARS,
  PROGRESS_KEY,
  isQuotaError,
  loadProgress,
  parseProgress,
  record,
  recordAttempt,
  resetProgress,
  saveProgress,
  serializeProgress,
  type Progress,
  type StorageLike,
} from './progress';

/** An in-memory storage; `quota` (characters of all values) makes setItem throw as a full browser storage does. */
function memory(initial: Record<string, string> = {}, quota = Infinity): StorageLike & { data: Record<string, string>; reads: number } {
  const data = { ...initial };
  const store = {
    data,
    reads: 0,
    getItem: (k: string) => {
      store.reads++;
      return k in data ? data[k]! : null;
    },
    setItem: (k: string, v: string) => {
      const used = Object.entries(data).reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
      if (used + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data[k] = v;
    },
    removeItem: (k: string) => {
      delete data[k];
    },
  };
  return store;
}

const many = (n: number, from = 1): Progress => Object.fromEntries(Array.from({ length: n }, (_, i) => [`ex-${1 + Math.floor((from + i) / 100)}-${1 + ((from + i) % 100)}`, 'attempted' as const]));

describe('progress: a corrupted value keeps its good entries', () => {
  it('a value cut short (invalid JSON) keeps every complete entry', () => {
    expect(parseProgress('{"ex-4-2":"solved","ex-1-1":"attempted",')).toEqual({ progress: { 'ex-4-2': 'solved', 'ex-1-1': 'attempted' }, repaired: true });
    expect(parseProgress('{"ex-4-2":"solved","ex-1-1":"attem')).toEqual({ progress: { 'ex-4-2': 'solved' }, repaired: true });
    const s = memory({ [PROGRESS_KEY]: '{"ex-1-1":"attempted","x":"y"' });
    expect(loadProgress(s)).toEqual({ 'ex-1-1': 'attempted' });
    expect(s.data[PROGRESS_KEY]).toBe('{"ex-1-1":"attempted"}');
  });
  it('bad entries of a valid object are dropped one by one', () => {
    expect(parseProgress('{"ex-4-2":"solved","ex-4-3":42,"<img>":"solved","__proto__":"solved","ex-0-1":"solved","ex-5-1":"done"}')).toEqual({ progress: { 'ex-4-2': 'solved' }, repaired: true });
    expect(parseProgress('[1,2]')).toEqual({ progress: {}, repaired: true });
    expect(parseProgress('"ex-4-2"')).toEqual({ progress: {}, repaired: true });
    expect(parseProgress('not json')).toEqual({ progress: {}, repaired: true });
    expect(parseProgress(null)).toEqual({ progress: {}, repaired: false });
    expect(parseProgress('{"ex-4-2":"solved"}')).toEqual({ progress: { 'ex-4-2': 'solved' }, repaired: false });
  });
  it('other keys are never touched', () => {
    const s = memory({ [PROGRESS_KEY]: 'garbage', 'foundation-models-book:lang': 'zh' });
    loadProgress(s);
    expect(s.data['foundation-models-book:lang']).toBe('zh');
  });
});

describe('progress: bounded', () => {
  it('keeps at most MAX_ENTRIES exercises, dropping the oldest', () => {
    const p = record(many(MAX_ENTRIES), 'ex-9-9', 'solved');
    expect(Object.keys(p)).toHaveLength(MAX_ENTRIES);
    expect(Object.keys(p).at(-1)).toBe('ex-9-9');
    expect(p[Object.keys(many(1))[0]!]).toBeUndefined();
    const parsed = parseProgress(JSON.stringify(many(MAX_ENTRIES + 50)));
    expect(Object.keys(parsed.progress)).toEqual(Object.keys(many(MAX_ENTRIES, 51)));
    expect(parsed.repaired).toBe(true);
    expect(Object.keys(JSON.parse(serializeProgress(many(MAX_ENTRIES + 1))) as object)).toHaveLength(MAX_ENTRIES);
  });
  it('an attempt makes its exercise the newest; solved stays solved', () => {
    expect(Object.keys(record({ 'ex-1-1': 'attempted', 'ex-1-2': 'attempted' }, 'ex-1-1', 'solved'))).toEqual(['ex-1-2', 'ex-1-1']);
    const solved = { 'ex-1-1': 'solved' } as Progress;
    expect(record(solved, 'ex-1-1', 'attempted')).toBe(solved);
    expect(record(solved, 'not-an-id', 'attempted')).toBe(solved);
  });
  it('a huge value written by someone else is read from its end only, then rewritten small', () => {
    const junk = `{${Array.from({ length: 100_000 }, (_, i) => `"ex-${i + 1}-1":"attempted"`).join(',')},"ex-4-2":"solved"}`;
    expect(junk.length).toBeGreaterThan(MAX_STORED_CHARS * 10);
    const s = memory({ [PROGRESS_KEY]: junk });
    const p = loadProgress(s);
    expect(p['ex-4-2']).toBe('solved');
    expect(Object.keys(p).length).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(s.data[PROGRESS_KEY]!.length).toBeLessThan(MAX_STORED_CHARS);
  });
  it('is parsed once per change, however many islands read it', () => {
    const s = memory({ [PROGRESS_KEY]: '{"ex-4-2":"solved"}' });
    const parse = vi.spyOn(JSON, 'parse');
    const first = loadProgress(s);
    for (let i = 0; i < 50; i++) expect(loadProgress(s)).toEqual(first);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    loadProgress(s)['ex-1-1'] = 'solved'; // a caller's copy: the cache is not changed through it
    expect(loadProgress(s)).toEqual({ 'ex-4-2': 'solved' });
    s.data[PROGRESS_KEY] = '{"ex-1-1":"attempted"}'; // another tab
    expect(loadProgress(s)).toEqual({ 'ex-1-1': 'attempted' });
  });
});

describe('progress: writing says how it went', () => {
  it('records attempts; reset clears', () => {
    const s = memory();
    expect(recordAttempt('ex-4-2', 'attempted', s)).toBe('saved');
    expect(recordAttempt('ex-4-2', 'solved', s)).toBe('saved');
    expect(recordAttempt('ex-4-2', 'attempted', s)).toBe('saved');
    expect(loadProgress(s)).toEqual({ 'ex-4-2': 'solved' });
    expect(resetProgress(s)).toBe('saved');
    expect(loadProgress(s)).toEqual({});
  });
  it('a full storage (QuotaExceededError) is reported as full, and keeps what was stored', () => {
    const s = memory({ [PROGRESS_KEY]: '{"ex-4-2":"solved"}', other: 'x'.repeat(100) }, 125);
    expect(recordAttempt('ex-1-1', 'solved', s)).toBe('full');
    expect(s.data[PROGRESS_KEY]).toBe('{"ex-4-2":"solved"}');
    expect(loadProgress(s)).toEqual({ 'ex-4-2': 'solved' });
    expect(saveProgress({ 'ex-1-1': 'solved', 'ex-1-2': 'solved' }, s)).toBe('full');
  });
  it('no storage, or one that throws on every call (an opaque origin), is reported as unavailable and never throws', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const broken: StorageLike = { getItem: denied, setItem: denied, removeItem: denied };
    expect(loadProgress(broken)).toEqual({});
    expect(recordAttempt('ex-1-1', 'solved', broken)).toBe('unavailable');
    expect(resetProgress(broken)).toBe('unavailable');
    expect(recordAttempt('ex-1-1', 'solved', null)).toBe('unavailable');
    expect(saveProgress({}, null)).toBe('unavailable');
  });
  it('tells a full storage from other errors', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('progress: two copies of the site on one origin', () => {
  it('a copy under another base path keeps its own progress (its key carries the base)', () => {
    const s = memory({ [PROGRESS_KEY]: '{"ex-1-1":"solved"}' }); // the progress of the copy at the root
    vi.stubEnv('BASE_URL', '/book2/');
    try {
      expect(loadProgress(s)).toEqual({});
      expect(recordAttempt('ex-4-2', 'solved', s)).toBe('saved');
      expect(s.data[`${PROGRESS_KEY}@/book2/`]).toBe('{"ex-4-2":"solved"}');
      expect(resetProgress(s)).toBe('saved');
    } finally {
      vi.unstubAllEnvs();
    }
    expect(s.data[PROGRESS_KEY]).toBe('{"ex-1-1":"solved"}');
    expect(loadProgress(s)).toEqual({ 'ex-1-1': 'solved' });
  });
});
