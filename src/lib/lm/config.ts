/**
 * Checking the lab's settings in the worker (the page checks them first, with messages in both
 * languages; this is the worker's own guard) and the data a run trains on.
 */
import { splitCorpus, splitOwnText, type Corpus, type TextSplit, type Tokenizer } from './corpus';
import type { ModelShape } from './model';
import { LM_LIMITS, MODES, OWN_TEXT_MAX_BYTES, type GenerateSettings, type LmConfig } from './protocol';

const INTEGER_KEYS = ['layers', 'heads', 'width', 'context', 'batch', 'steps', 'seed'] as const;

/** Null when the config is valid, otherwise an English sentence naming the field. */
export function configProblem(c: LmConfig): string | null {
  if (!c || typeof c !== 'object') return 'no settings';
  for (const k of INTEGER_KEYS) {
    const v = c[k];
    const lim = LM_LIMITS[k];
    if (!Number.isInteger(v) || v < lim.min || v > lim.max) return `${k} must be an integer from ${lim.min} to ${lim.max}`;
  }
  if (!Number.isFinite(c.lr) || c.lr < LM_LIMITS.lr.min || c.lr > LM_LIMITS.lr.max) return `lr must be from ${LM_LIMITS.lr.min} to ${LM_LIMITS.lr.max}`;
  if (c.width % c.heads !== 0) return 'width must be divisible by heads';
  if (!(MODES as readonly string[]).includes(c.mode)) return `unknown mode ${String(c.mode)}`;
  if (typeof c.corpus !== 'string' || !/^(book|en|zh|own|chapter:[a-z0-9-]+)$/.test(c.corpus)) return `unknown corpus ${String(c.corpus)}`;
  return null;
}

export function generateProblem(s: GenerateSettings): string | null {
  if (!s || typeof s.prompt !== 'string') return 'no prompt';
  if (!Number.isFinite(s.temperature) || s.temperature < 0) return 'temperature must be 0 or more';
  if (s.topK !== undefined && (!Number.isInteger(s.topK) || s.topK < 1)) return 'top-k must be a whole number of at least 1';
  if (s.topP !== undefined && (!Number.isFinite(s.topP) || s.topP <= 0 || s.topP > 1)) return 'top-p must be in (0, 1]';
  if (!Number.isInteger(s.length) || s.length < LM_LIMITS.length.min || s.length > LM_LIMITS.length.max) return `length must be from ${LM_LIMITS.length.min} to ${LM_LIMITS.length.max}`;
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > LM_LIMITS.seed.max) return 'bad seed';
  if (!Number.isInteger(s.layer) || !Number.isInteger(s.head) || s.layer < 0 || s.head < 0) return 'bad layer or head';
  return null;
}

export function shapeOf(c: Pick<LmConfig, 'layers' | 'heads' | 'width' | 'context'>, vocabulary: number): ModelShape {
  return { layers: c.layers, heads: c.heads, width: c.width, context: c.context, vocabulary };
}

export function sameShape(a: ModelShape, b: ModelShape): boolean {
  return a.layers === b.layers && a.heads === b.heads && a.width === b.width && a.context === b.context && a.vocabulary === b.vocabulary;
}

/** The corpus a mode trains on: pretraining always on the whole book. */
export function corpusOf(c: LmConfig): string {
  return c.mode === 'pretrain' ? 'book' : c.corpus;
}

export class OwnTextError extends Error {
  constructor(readonly key: 'own-text-empty' | 'own-text-too-long') {
    super(key === 'own-text-empty' ? 'the text is too short to split into training and validation parts' : 'the text is longer than 200 KB');
  }
}

/** The training and validation text of a run (own text: checked and split; book corpora: by sections). */
export function textsOf(corpus: Corpus | null, choice: string, ownText: string | undefined): TextSplit {
  if (choice === 'own') {
    const text = ownText ?? '';
    if (new TextEncoder().encode(text).length > OWN_TEXT_MAX_BYTES) throw new OwnTextError('own-text-too-long');
    const split = splitOwnText(text);
    if (!split) throw new OwnTextError('own-text-empty');
    return split;
  }
  if (!corpus) throw new Error('no corpus');
  return splitCorpus(corpus, choice);
}

export interface RunData {
  train: Int32Array;
  validation: Int32Array;
  validationSections: string[] | null;
}

export function tokensOf(split: TextSplit, tokenizer: Tokenizer): RunData {
  return { train: tokenizer.encode(split.train), validation: tokenizer.encode(split.validation), validationSections: split.validationSections };
}
