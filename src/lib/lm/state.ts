/**
 * The tiny language-model lab's settings and their URL state (`?lm.layers=2&lm.mode=compare …`).
 * Every parameter is parsed like typed input: a bad one is reported in both
 * languages and its default kept; nothing here is ever inserted as HTML.
 */
import type { Lang } from '../book/book';
import { CHAPTERS } from '../book/book';
import { readPrefixed, writePrefixed } from '../examples/url-state';
import { EXCLUDED_CHAPTERS } from './corpus';
import { DEFAULT_GENERATE, DEFAULT_LM_CONFIG, LM_LIMITS as CORE_LIMITS, MODES, OWN_TEXT_MAX_BYTES, type Mode } from './protocol';

export { MODES, OWN_TEXT_MAX_BYTES, type Mode };
export const URL_PREFIX = 'lm.';

/**
 * The chapters `chapter:<slug>` may name: the numbered chapters in the corpus (src/lib/lm/corpus.ts
 * leaves out the reference list and the glossary; the errata page has too few sections to hold one out).
 */
export const CORPUS_CHAPTERS: readonly string[] = CHAPTERS.filter((c) => c.number !== null && !(EXCLUDED_CHAPTERS as readonly string[]).includes(c.slug)).map((c) => c.slug);
export const CORPUS_FIXED = ['book', 'en', 'zh', 'own'] as const;
/** `book`, `en`, `zh`, `own` or `chapter:<slug>`. */
export type Corpus = (typeof CORPUS_FIXED)[number] | `chapter:${string}`;

export interface LmSettings {
  layers: number;
  heads: number;
  width: number;
  context: number;
  batch: number;
  steps: number;
  lr: number;
  seed: number;
  corpus: Corpus;
  mode: Mode;
  prompt: string;
  temperature: number;
  topK: number;
  topP: number;
}

/** Field → URL parameter name (after `lm.`). */
export const PARAM: Record<keyof LmSettings, string> = {
  layers: 'layers',
  heads: 'heads',
  width: 'width',
  context: 'context',
  batch: 'batch',
  steps: 'steps',
  lr: 'lr',
  seed: 'seed',
  corpus: 'corpus',
  mode: 'mode',
  prompt: 'prompt',
  temperature: 'temperature',
  topK: 'top-k',
  topP: 'top-p',
};
export const LM_KEYS = Object.keys(PARAM) as (keyof LmSettings)[];
export type LmKey = keyof LmSettings;

/** Defaults: the core's (src/lib/lm/protocol.ts), generation's included. */
export const DEFAULT_LM: Readonly<LmSettings> = Object.freeze({
  ...DEFAULT_LM_CONFIG,
  prompt: DEFAULT_GENERATE.prompt,
  temperature: DEFAULT_GENERATE.temperature,
  topK: DEFAULT_GENERATE.topK ?? 0,
  topP: DEFAULT_GENERATE.topP ?? 1,
});

/** The core's limits, and the generation fields'. */
export const LM_LIMITS = {
  ...CORE_LIMITS,
  topK: { min: 0, max: 1000 },
  temperature: { min: 0, max: 5 },
  /** Characters of the prompt. */
  prompt: { max: 500 },
} as const;

export const LM_LABELS: Record<LmKey, Record<Lang, string>> = {
  layers: { en: 'Layers', zh: '层数' },
  heads: { en: 'Attention heads', zh: '注意力头数' },
  width: { en: 'Width', zh: '宽度' },
  context: { en: 'Context (tokens)', zh: '上下文长度（词元）' },
  batch: { en: 'Batch size', zh: '批量大小' },
  steps: { en: 'Steps', zh: '训练步数' },
  lr: { en: 'Learning rate', zh: '学习率' },
  seed: { en: 'Random seed', zh: '随机种子' },
  corpus: { en: 'Corpus', zh: '语料' },
  mode: { en: 'Mode', zh: '模式' },
  prompt: { en: 'Prompt', zh: '提示' },
  temperature: { en: 'Temperature', zh: '温度' },
  topK: { en: 'Top-k', zh: 'Top-k' },
  topP: { en: 'Top-p', zh: 'Top-p' },
};

export interface LmError {
  field: LmKey;
  message: Record<Lang, string>;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: LmError };

const INT_RE = /^[+]?\d+$/;
const NUM_RE = /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type IntKey = 'layers' | 'heads' | 'width' | 'context' | 'batch' | 'steps' | 'seed' | 'topK';

function err(field: LmKey, en: string, zh: string): { ok: false; error: LmError } {
  return { ok: false, error: { field, message: { en, zh } } };
}

function parseIntField(field: IntKey, raw: string): Parsed<number> {
  const { min, max } = LM_LIMITS[field];
  const s = raw.trim();
  const n = INT_RE.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const extra = field === 'topK' ? { en: ' (0 turns top-k off)', zh: '（0 表示不限制）' } : { en: '', zh: '' };
    return err(
      field,
      `${LM_LABELS[field].en} must be a whole number from ${min} to ${max}${extra.en}.`,
      `${LM_LABELS[field].zh}必须是 ${min} 到 ${max} 之间的整数${extra.zh}。`,
    );
  }
  return { ok: true, value: n };
}

function parseNumber(raw: string): number {
  const s = raw.trim();
  return NUM_RE.test(s) ? Number(s) : NaN;
}

/** A corpus name, checked against the book's chapters. */
export function parseCorpus(raw: string): Parsed<Corpus> {
  const s = raw.trim();
  if ((CORPUS_FIXED as readonly string[]).includes(s)) return { ok: true, value: s as Corpus };
  const m = /^chapter:([a-z0-9-]+)$/.exec(s);
  if (m && CORPUS_CHAPTERS.includes(m[1]!)) return { ok: true, value: `chapter:${m[1]}` };
  const list = [...CORPUS_FIXED, 'chapter:<slug>'].join(', ');
  const chapters = CORPUS_CHAPTERS.join(', ');
  if (m) {
    return err('corpus', `There is no chapter “${m[1]}” to train on; the chapters are: ${chapters}.`, `没有可用于训练的章节“${m[1]}”；可选章节：${chapters}。`);
  }
  return err('corpus', `${LM_LABELS.corpus.en} must be one of: ${list}.`, `${LM_LABELS.corpus.zh}只能是以下之一：${list}。`);
}

/** Parse one field from text (a form input or a URL parameter). */
export function parseLmField(field: LmKey, raw: string): Parsed<LmSettings[LmKey]> {
  switch (field) {
    case 'layers':
    case 'heads':
    case 'width':
    case 'context':
    case 'batch':
    case 'steps':
    case 'seed':
    case 'topK':
      return parseIntField(field, raw);
    case 'lr': {
      const n = parseNumber(raw);
      const { min, max } = LM_LIMITS.lr;
      if (!Number.isFinite(n) || n < min || n > max) {
        return err('lr', `Learning rate must be a number from ${min} to ${max} (for example 0.003).`, `学习率必须是 ${min} 到 ${max} 之间的数（例如 0.003）。`);
      }
      return { ok: true, value: n };
    }
    case 'temperature': {
      const n = parseNumber(raw);
      const { min, max } = LM_LIMITS.temperature;
      if (!Number.isFinite(n) || n < min || n > max) {
        return err('temperature', `Temperature must be a number from ${min} to ${max} (0 always picks the likeliest token).`, `温度必须是 ${min} 到 ${max} 之间的数（0 表示总是选概率最大的词元）。`);
      }
      return { ok: true, value: n };
    }
    case 'topP': {
      const n = parseNumber(raw);
      if (!Number.isFinite(n) || n <= 0 || n > 1) {
        return err('topP', 'Top-p must be a number greater than 0 and at most 1 (1 turns it off).', 'Top-p 必须是大于 0、不超过 1 的数（1 表示不限制）。');
      }
      return { ok: true, value: n };
    }
    case 'corpus':
      return parseCorpus(raw);
    case 'mode': {
      const s = raw.trim();
      if ((MODES as readonly string[]).includes(s)) return { ok: true, value: s as Mode };
      return err('mode', `${LM_LABELS.mode.en} must be one of: ${MODES.join(', ')}.`, `${LM_LABELS.mode.zh}只能是以下之一：${MODES.join(', ')}。`);
    }
    case 'prompt': {
      const { max } = LM_LIMITS.prompt;
      if ([...raw].length > max) return err('prompt', `The prompt must be at most ${max} characters long.`, `提示最多 ${max} 个字符。`);
      return { ok: true, value: raw };
    }
  }
}

/** The heads must divide the width (each head gets width / heads dimensions). */
export function headsError(heads: number, width: number): LmError | null {
  if (width % heads === 0) return null;
  return {
    field: 'heads',
    message: {
      en: `The number of attention heads (${heads}) must divide the width (${width}) evenly.`,
      zh: `注意力头数（${heads}）必须能整除宽度（${width}）。`,
    },
  };
}

/**
 * Settings from a query string: unknown parameters ignored, bad ones reported
 * (and the default kept for that field), good ones used.
 */
export function lmFromQuery(query: string | URLSearchParams, base: LmSettings = DEFAULT_LM): { settings: LmSettings; errors: LmError[] } {
  const found = readPrefixed(query, URL_PREFIX, LM_KEYS, (k) => PARAM[k]);
  const settings: LmSettings = { ...base };
  const errors: LmError[] = [];
  for (const key of LM_KEYS) {
    const raw = found[key];
    if (raw === undefined) continue;
    const r = parseLmField(key, raw);
    if (r.ok) (settings as unknown as Record<LmKey, unknown>)[key] = r.value;
    else errors.push(r.error);
  }
  const cross = headsError(settings.heads, settings.width);
  if (cross) {
    errors.push(cross);
    // The defaults of both fields: each alone may be fine, the pair is not.
    settings.heads = base.heads;
    settings.width = base.width;
  }
  return { settings, errors };
}

/** The query with the lab's parameters set (or removed when they equal the default); other parameters kept. */
export function lmToQuery(settings: LmSettings, query: string | URLSearchParams = '', defaults: LmSettings = DEFAULT_LM): string {
  const s = writePrefixed(
    query,
    URL_PREFIX,
    LM_KEYS.map((key) => [key, settings[key] === defaults[key] ? null : String(settings[key])] as const),
    { name: (k) => PARAM[k] },
  );
  return s ? `?${s}` : '';
}

export type LmDraft = Record<LmKey, string>;
export const toLmDraft = (s: LmSettings): LmDraft => Object.fromEntries(LM_KEYS.map((k) => [k, String(s[k])])) as LmDraft;

/** Every field's error at once (for the form), in field order. */
export function validateLm(draft: LmDraft): { value: LmSettings | null; errors: LmError[] } {
  const out: Partial<Record<LmKey, unknown>> = {};
  const errors: LmError[] = [];
  for (const key of LM_KEYS) {
    const r = parseLmField(key, draft[key]);
    if (r.ok) out[key] = r.value;
    else errors.push(r.error);
  }
  if (typeof out.heads === 'number' && typeof out.width === 'number') {
    const cross = headsError(out.heads, out.width);
    if (cross) errors.push(cross);
  }
  return { value: errors.length === 0 ? (out as unknown as LmSettings) : null, errors };
}

export type OwnTextProblem = 'empty' | 'one-character' | 'too-long';

/** Why the reader's pasted text cannot be trained on, or null. */
export function ownTextProblem(text: string): OwnTextProblem | null {
  if (new TextEncoder().encode(text).length > OWN_TEXT_MAX_BYTES) return 'too-long';
  if (text.trim() === '') return 'empty';
  if (new Set(text).size < 2) return 'one-character';
  return null;
}

export const OWN_TEXT_MESSAGES: Record<OwnTextProblem, Record<Lang, string>> = {
  empty: { en: 'Paste some text to train on: the text area is empty.', zh: '请粘贴用于训练的文本：文本框是空的。' },
  'one-character': {
    en: 'The text is one character repeated: there is nothing to predict. Paste text with at least two different characters.',
    zh: '这段文本只由一个字符重复构成，没有可预测的内容。请粘贴至少包含两个不同字符的文本。',
  },
  'too-long': {
    en: `The text is longer than ${OWN_TEXT_MAX_BYTES / 1024} KB (${OWN_TEXT_MAX_BYTES.toLocaleString('en-US')} bytes); paste a shorter one.`,
    zh: `文本超过 ${OWN_TEXT_MAX_BYTES / 1024} KB（${OWN_TEXT_MAX_BYTES} 字节），请粘贴更短的文本。`,
  },
};
