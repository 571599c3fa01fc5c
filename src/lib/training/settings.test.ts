import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseField, validateAll, validateSettings, batchesPerEpoch } from './settings';
import { settingsFromQuery, settingsToQuery } from './url';

describe('defaults', () => {
  it('are the seed program', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ epochs: 10, batch: 32, samples: 1000, units: 128, lr: 0.001, backend: 'auto', eval: 'train' });
    expect(batchesPerEpoch(DEFAULT_SETTINGS)).toBe(32);
  });
});

describe('parseField', () => {
  it.each([
    ['epochs', '1', 1],
    ['epochs', '100', 100],
    ['batch', '1000', 1000],
    ['samples', '100', 100],
    ['samples', '10000', 10000],
    ['units', ' 1024 ', 1024],
    ['lr', '1e-3', 0.001],
    ['lr', '1', 1],
    ['lr', '.5', 0.5],
    ['seed', '0', 0],
    ['seed', '4294967295', 4294967295],
    ['backend', 'webgpu', 'webgpu'],
    ['eval', 'holdout', 'holdout'],
  ] as const)('accepts %s=%s', (field, raw, value) => {
    expect(parseField(field, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['epochs', '0'],
    ['epochs', '101'],
    ['epochs', '2.5'],
    ['epochs', ''],
    ['epochs', '1e1'],
    ['batch', '0'],
    ['batch', '1001'],
    ['samples', '99'],
    ['samples', '10001'],
    ['units', '0'],
    ['units', '1025'],
    ['units', '-3'],
    ['lr', '0'],
    ['lr', '-0.1'],
    ['lr', '1.5'],
    ['lr', 'NaN'],
    ['lr', 'Infinity'],
    ['lr', '0x10'],
    ['seed', '-1'],
    ['seed', '4294967296'],
    ['seed', '1.5'],
    ['backend', 'tpu'],
    ['backend', 'WASM'],
    ['eval', 'test'],
  ] as const)('refuses %s=%s with a message naming the field in both languages', (field, raw) => {
    const r = parseField(field, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe(field);
      expect(r.error.message.en).toMatch(/^(Epochs|Batch size|Samples|Hidden units|Learning rate|Random seed|Backend|Evaluate on) /);
      expect(r.error.message.zh).toMatch(/^(训练轮次|批量大小|样本数|隐藏单元数|学习率|随机种子|后端|评估数据)/);
    }
  });

  it('names limits in the message', () => {
    const r = parseField('epochs', '0');
    expect(!r.ok && r.error.message.en).toBe('Epochs must be a whole number from 1 to 100.');
    expect(!r.ok && r.error.message.zh).toBe('训练轮次必须是 1 到 100 之间的整数。');
  });
});

describe('validate', () => {
  it('returns the first error or the settings', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const r = validateSettings({ ...DEFAULT_SETTINGS, batch: 0, lr: 5 });
    expect(!r.ok && r.error.field).toBe('batch');
  });
  it('collects all errors', () => {
    const r = validateAll({ ...DEFAULT_SETTINGS, batch: '0', lr: 'x' });
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['batch', 'lr']);
  });
});

describe('URL state', () => {
  it('parses known parameters, ignores unknown ones, reports bad ones and keeps the rest', () => {
    const { settings, errors } = settingsFromQuery('?training.epochs=2&training.samples=200&training.lr=abc&foo=1&training.nope=3');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, epochs: 2, samples: 200 });
    expect(errors.map((e) => e.field)).toEqual(['lr']);
  });
  it('round-trips', () => {
    const s = { ...DEFAULT_SETTINGS, epochs: 3, lr: 0.0005, backend: 'wasm' as const, eval: 'holdout' as const, seed: 7 };
    const q = settingsToQuery(s, '?lang=x');
    expect(q).toContain('lang=x');
    expect(settingsFromQuery(q)).toEqual({ settings: s, errors: [] });
  });
  it('leaves defaults out of the URL', () => {
    expect(settingsToQuery(DEFAULT_SETTINGS, '?training.epochs=4')).toBe('');
  });
});

describe('training.data', () => {
  it('is random by default and accepts digits', () => {
    expect(DEFAULT_SETTINGS.data).toBe('random');
    expect(settingsFromQuery('?training.data=digits').settings.data).toBe('digits');
  });
  it('reports an unknown data choice in both languages and keeps random', () => {
    const r = settingsFromQuery('?training.data=unknown');
    expect(r.settings.data).toBe('random');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.field).toBe('data');
    expect(r.errors[0]!.message.en).toBe('Data must be one of: random, digits.');
    expect(r.errors[0]!.message.zh).toBe('数据只能是以下之一：random, digits。');
  });
  it('checks samples against the chosen data: up to 10,000 random samples, 9,000 digits', () => {
    expect(settingsFromQuery('?training.samples=10000').errors).toEqual([]);
    const r = settingsFromQuery('?training.data=digits&training.samples=10000');
    expect(r.settings.data).toBe('digits');
    expect(r.settings.samples).toBe(DEFAULT_SETTINGS.samples);
    expect(r.errors.map((e) => e.field)).toEqual(['samples']);
    expect(r.errors[0]!.message.en).toContain('from 100 to 9000');
    expect(r.errors[0]!.message.zh).toContain('100 到 9000');
    expect(settingsFromQuery('?training.data=digits&training.samples=9000').settings.samples).toBe(9000);
    const all = validateAll({ ...DEFAULT_SETTINGS, data: 'digits', samples: '9001', lr: 'x' });
    expect(all.value).toBeNull();
    expect(all.errors.map((e) => e.field)).toEqual(['samples', 'lr']);
    expect(validateSettings({ ...DEFAULT_SETTINGS, data: 'digits', samples: 9500 }).ok).toBe(false);
    expect(validateSettings({ ...DEFAULT_SETTINGS, data: 'digits', samples: 5000 }).ok).toBe(true);
  });
});
