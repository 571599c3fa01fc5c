import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LM,
  LM_KEYS,
  lmFromQuery,
  lmToQuery,
  ownTextProblem,
  OWN_TEXT_MAX_BYTES,
  parseLmField,
  toLmDraft,
  validateLm,
  type LmSettings,
} from './state';

describe('defaults', () => {
  it('are the issue model: 2 layers, 4 heads, width 64, context 64', () => {
    expect(DEFAULT_LM).toMatchObject({ layers: 2, heads: 4, width: 64, context: 64 });
    expect(validateLm(toLmDraft(DEFAULT_LM))).toEqual({ value: { ...DEFAULT_LM }, errors: [] });
  });
});

describe('lmFromQuery: every bad parameter → a message in both languages and the default', () => {
  it.each([
    ['layers', '0'],
    ['layers', '-1'],
    ['layers', '2.5'],
    ['heads', '0'],
    ['width', '0'],
    ['width', '-64'],
    ['context', '0'],
    ['context', '257'],
    ['batch', '0'],
    ['steps', '0'],
    ['steps', '5001'],
    ['lr', '0'],
    ['lr', '2'],
    ['width', '512'],
    ['heads', '9'],
    ['lr', '-0.1'],
    ['lr', 'abc'],
    ['lr', 'NaN'],
    ['lr', 'Infinity'],
    ['seed', '-3'],
    ['corpus', 'wiki'],
    ['corpus', 'chapter:nope'],
    ['corpus', 'chapter:'],
    ['corpus', 'chapter:glossary'],
    ['corpus', 'chapter:references'],
    ['corpus', 'chapter:errata'],
    ['mode', 'finetune'],
    ['temperature', '-1'],
    ['temperature', 'hot'],
    ['top-k', '-1'],
    ['top-k', '1.5'],
    ['top-p', '0'],
    ['top-p', '1.01'],
    ['top-p', '-0.5'],
    ['prompt', 'x'.repeat(501)],
  ])('lm.%s=%s', (param, raw) => {
    const { settings, errors } = lmFromQuery(new URLSearchParams([[`lm.${param}`, raw]]));
    expect(settings).toEqual(DEFAULT_LM);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.en).toMatch(/\w/);
    expect(errors[0]!.message.zh).toMatch(/[\u4e00-\u9fff]/);
    for (const v of Object.values(settings)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('heads that do not divide the width: a message, and both defaults kept', () => {
    const { settings, errors } = lmFromQuery('?lm.heads=3&lm.width=64');
    expect(errors.map((e) => e.field)).toEqual(['heads']);
    expect(errors[0]!.message.en).toContain('divide');
    expect(settings.heads).toBe(DEFAULT_LM.heads);
    expect(settings.width).toBe(DEFAULT_LM.width);
    expect(lmFromQuery('?lm.width=30').errors).toHaveLength(1); // 4 heads do not divide 30
  });

  it('good parameters are used, unknown ones ignored, bad ones reported one by one', () => {
    const { settings, errors } = lmFromQuery(
      '?lm.layers=1&lm.heads=2&lm.width=16&lm.context=256&lm.steps=5000&lm.lr=1e-2&lm.corpus=chapter:math&lm.mode=adapt&lm.top-k=5&lm.top-p=0.9&lm.temperature=0&lm.prompt=Hi%20there&lm.other=1&training.epochs=3&lm.batch=0',
    );
    expect(settings).toMatchObject({ layers: 1, heads: 2, width: 16, context: 256, steps: 5000, lr: 0.01, corpus: 'chapter:math', mode: 'adapt', topK: 5, topP: 0.9, temperature: 0, prompt: 'Hi there', batch: DEFAULT_LM.batch });
    expect(errors.map((e) => e.field)).toEqual(['batch']);
    for (const c of ['book', 'en', 'zh', 'own', 'chapter:faq', 'chapter:background']) expect(lmFromQuery(`?lm.corpus=${c}`).settings.corpus).toBe(c);
  });
});

describe('lmToQuery', () => {
  it('round-trips every field, writes nothing for the defaults, keeps other parameters', () => {
    const s: LmSettings = { layers: 3, heads: 2, width: 32, context: 128, batch: 8, steps: 50, lr: 0.0005, seed: 7, corpus: 'own', mode: 'scratch', prompt: '模型 & <b>', temperature: 1.2, topK: 10, topP: 0.5 };
    const q = lmToQuery(s, '?training.epochs=3');
    expect(q.startsWith('?training.epochs=3&lm.layers=3')).toBe(true);
    expect(q).toContain('lm.top-k=10');
    expect(lmFromQuery(q)).toEqual({ settings: s, errors: [] });
    expect(lmToQuery(DEFAULT_LM)).toBe('');
    expect(lmToQuery(DEFAULT_LM, '?a=1&lm.layers=3')).toBe('?a=1');
    for (const k of LM_KEYS) expect(lmFromQuery(lmToQuery({ ...DEFAULT_LM })).settings[k]).toEqual(DEFAULT_LM[k]);
  });
});

describe('validateLm', () => {
  it('reports every bad field of a form, in order', () => {
    const d = { ...toLmDraft(DEFAULT_LM), layers: '0', topP: '2', heads: '5' };
    const r = validateLm(d);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['layers', 'topP', 'heads']);
  });
  it('parses numbers strictly', () => {
    expect(parseLmField('lr', ' 3e-3 ')).toEqual({ ok: true, value: 0.003 });
    expect(parseLmField('context', '256')).toEqual({ ok: true, value: 256 });
    expect(parseLmField('topP', '1')).toEqual({ ok: true, value: 1 });
    expect(parseLmField('width', '0x40').ok).toBe(false);
  });
});

describe('ownTextProblem', () => {
  it('refuses empty, one-character and oversized text', () => {
    expect(ownTextProblem('')).toBe('empty');
    expect(ownTextProblem('  \n ')).toBe('empty');
    expect(ownTextProblem('aaaaaaaa')).toBe('one-character');
    expect(ownTextProblem('a'.repeat(OWN_TEXT_MAX_BYTES) + 'b')).toBe('too-long');
    // Counted in UTF-8 bytes: 70,000 Han characters are 210,000 bytes.
    expect(ownTextProblem('模型'.repeat(35_000))).toBe('too-long');
    expect(ownTextProblem('模型'.repeat(34_000))).toBeNull();
    expect(ownTextProblem('ab')).toBeNull();
  });
});

describe('corpus chapters', () => {
  it('every chapter the lab offers has training and validation sections in the built corpus', async () => {
    const { SOURCES } = await import('../node/book-sources');
    const { CHAPTERS } = await import('../book/book');
    const { buildCorpus, splitCorpus } = await import('./corpus');
    const { CORPUS_CHAPTERS } = await import('./state');
    const pick = (lang: 'en' | 'zh') => CHAPTERS.filter((c) => SOURCES[lang][c.slug] !== undefined).map((c) => ({ slug: c.slug, mdx: SOURCES[lang][c.slug]! }));
    const corpus = buildCorpus({ en: pick('en'), zh: pick('zh') });
    for (const slug of CORPUS_CHAPTERS) expect(splitCorpus(corpus, `chapter:${slug}`).validationSections!.length).toBeGreaterThan(0);
    expect(CORPUS_CHAPTERS).toHaveLength(10);
  });
});
