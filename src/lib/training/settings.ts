import type { Lang } from '../book/book';

/** Backends the reader can ask for. `auto` lets the lab choose (see backend.ts). */
export const BACKEND_CHOICES = ['auto', 'wasm', 'webgl', 'webgpu', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
export type ConcreteBackend = Exclude<BackendChoice, 'auto'>;

/** `train`: evaluate on the training data (as the seed); `holdout`: also on fresh random data. */
export const EVAL_CHOICES = ['train', 'holdout'] as const;
export type EvalChoice = (typeof EVAL_CHOICES)[number];

/** `random`: the seed's random numbers and labels; `digits`: real handwritten digits (MNIST, loaded on demand). */
export const DATA_CHOICES = ['random', 'digits'] as const;
export type DataChoice = (typeof DATA_CHOICES)[number];

export interface TrainingSettings {
  epochs: number;
  batch: number;
  samples: number;
  units: number;
  lr: number;
  seed: number;
  backend: BackendChoice;
  eval: EvalChoice;
  data: DataChoice;
}

/** Fixed by the seed's program: 784 inputs, 10 classes. */
export const FEATURES = 784;
export const CLASSES = 10;
/** Keras's Adam defaults. */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

/**
 * The seed's program: 1000 samples × 784 features, Dense(128, relu) →
 * Dense(10, softmax), Adam (lr 1e-3), 10 epochs, batch 32 (Keras's default),
 * evaluated on the training data. The seed itself is ours (NumPy's was unseeded).
 */
export const DEFAULT_SETTINGS: Readonly<TrainingSettings> = Object.freeze({
  epochs: 10,
  batch: 32,
  samples: 1000,
  units: 128,
  lr: 1e-3,
  seed: 42,
  backend: 'auto',
  eval: 'train',
  data: 'random',
});

export const SETTING_KEYS = ['data', 'epochs', 'batch', 'samples', 'units', 'lr', 'seed', 'backend', 'eval'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const LIMITS = {
  epochs: { min: 1, max: 100 },
  batch: { min: 1, max: 1000 },
  samples: { min: 100, max: 10000 },
  units: { min: 1, max: 1024 },
  seed: { min: 0, max: 4294967295 },
  lr: { max: 1 },
} as const;

/** Training samples available per data choice (the digits file holds 9,000 training and 1,000 test digits). */
export const SAMPLE_LIMITS: Record<DataChoice, { min: number; max: number }> = {
  random: LIMITS.samples,
  digits: { min: 100, max: 9000 },
};

export const FIELD_LABELS: Record<SettingKey, Record<Lang, string>> = {
  epochs: { en: 'Epochs', zh: '训练轮次' },
  batch: { en: 'Batch size', zh: '批量大小' },
  samples: { en: 'Samples', zh: '样本数' },
  units: { en: 'Hidden units', zh: '隐藏单元数' },
  lr: { en: 'Learning rate', zh: '学习率' },
  seed: { en: 'Random seed', zh: '随机种子' },
  backend: { en: 'Backend', zh: '后端' },
  eval: { en: 'Evaluate on', zh: '评估数据' },
  data: { en: 'Data', zh: '数据' },
};

/** A refused setting: which field, and why, in both languages. */
export interface SettingError {
  field: SettingKey;
  message: Record<Lang, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: SettingError };

const INT_RE = /^[+]?\d+$/;
const NUM_RE = /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function intError(field: SettingKey, min: number, max: number): SettingError {
  const en = FIELD_LABELS[field].en;
  const zh = FIELD_LABELS[field].zh;
  return {
    field,
    message: {
      en: `${en} must be a whole number from ${min} to ${max}.`,
      zh: `${zh}必须是 ${min} 到 ${max} 之间的整数。`,
    },
  };
}

function parseInt(field: 'epochs' | 'batch' | 'samples' | 'units' | 'seed', raw: string | number): Parsed<number> {
  const { min, max } = LIMITS[field];
  const s = typeof raw === 'number' ? String(raw) : raw.trim();
  const n = INT_RE.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) return { ok: false, error: intError(field, min, max) };
  return { ok: true, value: n };
}

function parseLr(raw: string | number): Parsed<number> {
  const s = typeof raw === 'number' ? String(raw) : raw.trim();
  const n = NUM_RE.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(n) || n <= 0 || n > LIMITS.lr.max) {
    return {
      ok: false,
      error: {
        field: 'lr',
        message: {
          en: `Learning rate must be a number greater than 0 and at most ${LIMITS.lr.max} (for example 0.001).`,
          zh: `学习率必须是大于 0、不超过 ${LIMITS.lr.max} 的数（例如 0.001）。`,
        },
      },
    };
  }
  return { ok: true, value: n };
}

function parseChoice<T extends string>(field: SettingKey, choices: readonly T[], raw: string): Parsed<T> {
  const s = raw.trim();
  if ((choices as readonly string[]).includes(s)) return { ok: true, value: s as T };
  const list = choices.join(', ');
  return {
    ok: false,
    error: {
      field,
      message: {
        en: `${FIELD_LABELS[field].en} must be one of: ${list}.`,
        zh: `${FIELD_LABELS[field].zh}只能是以下之一：${list}。`,
      },
    },
  };
}

/** Parse one field from text (a form input or a URL parameter). */
export function parseField(field: SettingKey, raw: string | number): Parsed<TrainingSettings[SettingKey]> {
  switch (field) {
    case 'epochs':
    case 'batch':
    case 'samples':
    case 'units':
    case 'seed':
      return parseInt(field, raw);
    case 'lr':
      return parseLr(raw);
    case 'backend':
      return parseChoice(field, BACKEND_CHOICES, String(raw));
    case 'eval':
      return parseChoice(field, EVAL_CHOICES, String(raw));
    case 'data':
      return parseChoice(field, DATA_CHOICES, String(raw));
  }
}

/** The sample count checked against the chosen data (the field alone allows up to 10,000 random samples). */
export function samplesError(data: DataChoice, samples: number): SettingError | null {
  const { min, max } = SAMPLE_LIMITS[data];
  if (samples >= min && samples <= max) return null;
  if (data === 'random') return intError('samples', min, max);
  return {
    field: 'samples',
    message: {
      en: `With the digits data, ${FIELD_LABELS.samples.en} must be a whole number from ${min} to ${max} (there are ${max} training digits).`,
      zh: `使用手写数字数据时，${FIELD_LABELS.samples.zh}必须是 ${min} 到 ${max} 之间的整数（共有 ${max} 个训练数字）。`,
    },
  };
}

/** Validate a whole settings object (e.g. from a message or a form): every error, in field order. */
export function validateSettings(input: Record<SettingKey, string | number>): Parsed<TrainingSettings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    const r = parseField(key, input[key]);
    if (!r.ok) return r;
    out[key] = r.value;
  }
  const cross = samplesError(out.data as DataChoice, out.samples as number);
  if (cross) return { ok: false, error: cross };
  // A batch larger than the data set is allowed: one (smaller) batch per epoch, as in Keras.
  return { ok: true, value: out as unknown as TrainingSettings };
}

/** Every field's error at once (for a form). */
export function validateAll(input: Record<SettingKey, string | number>): { value: TrainingSettings | null; errors: SettingError[] } {
  const out: Partial<Record<SettingKey, unknown>> = {};
  const errors: SettingError[] = [];
  for (const key of SETTING_KEYS) {
    const r = parseField(key, input[key]);
    if (r.ok) out[key] = r.value;
    else errors.push(r.error);
  }
  if (out.data !== undefined && out.samples !== undefined) {
    const cross = samplesError(out.data as DataChoice, out.samples as number);
    if (cross) {
      errors.push(cross);
      errors.sort((a, b) => SETTING_KEYS.indexOf(a.field) - SETTING_KEYS.indexOf(b.field));
    }
  }
  return { value: errors.length === 0 ? (out as unknown as TrainingSettings) : null, errors };
}

/** Batches per epoch (the last one may be smaller, as in Keras). */
export function batchesPerEpoch(s: Pick<TrainingSettings, 'samples' | 'batch'>): number {
  return Math.ceil(s.samples / s.batch);
}
