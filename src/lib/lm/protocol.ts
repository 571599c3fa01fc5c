/**
 * The tiny language model lab's worker protocol (chapter 5, `figure#example-tiny-lm`).
 *
 * The page creates one module worker (`new Worker(new URL('../lib/lm/worker.ts', import.meta.url), { type: 'module' })`)
 * and talks to it only through these messages. Every message carries the `id` of the run it belongs
 * to; the page ignores messages of an older id. TensorFlow.js, the corpus and the checkpoint are
 * loaded by the worker on the first message that needs them, never before.
 *
 * Runs (one at a time, like the training lab):
 * - `train` starts a run: `pretrain` (random weights, the whole book), `adapt` (pretrained weights,
 *   the chosen corpus), `scratch` (random weights, the chosen corpus) or `compare` (adapt, then
 *   scratch, same data and steps; both curves come back). A newer `train` stops the current run
 *   (within one step) and starts after it.
 * - `stop` (same id): training ends within one step, a download is aborted at once; the worker then
 *   sends `stopped` (with the step reached and `tensors`, which is 0). A stopped run's weights are
 *   dropped. If nothing arrives within `STOP_GRACE_MS` (5 s, src/lib/training/text.ts), the page
 *   terminates the worker and starts a fresh one next time.
 * - `reset`: stops whatever runs and forgets the last trained model; the worker answers `reset`.
 *   (The page may also simply terminate the worker.)
 * - `generate`: prompt → generated text, the next-token distribution (top 10, the model's softmax at
 *   temperature 1) and the attention map of the chosen layer and head, from the last model that
 *   finished training (in a comparison: the adapted one), or from the pretrained weights when none
 *   did (the worker loads the checkpoint). Answers `generated` (or `error`).
 *
 * Tensors: between messages the worker holds no tensor (the last model is kept as plain arrays and
 * made into tensors only while generating), so `tensors` in `done`, `stopped`, `generated`, `reset`
 * and `error` is tf.memory().numTensors and is 0 unless something leaked; in `progress` it counts the
 * run's model and optimizer.
 *
 * Errors carry a `key` (the page turns it into a message in its language) and an English `detail`.
 *
 * Committed measurement files (read by the chapter through components):
 * - `src/data/lm-bench.json` (`LmBench` below), written by `npm run bench:lm`;
 * - `src/data/lm-pretrain-log.json` (`PretrainLog` below), written by `npm run lm:pretrain`, whose
 *   checkpoint is `public/lm/pretrained.bin` (format: src/lib/lm/checkpoint.ts).
 * The corpus is served at `<base>lm/corpus.json` (`Corpus` in src/lib/lm/corpus.ts), built from the
 * MDX sources at build time.
 */

/** Where the training text comes from. `chapter:<slug>` is one chapter in both languages. */
export type CorpusChoice = 'book' | 'en' | 'zh' | 'own' | `chapter:${string}`;

export const MODES = ['pretrain', 'adapt', 'scratch', 'compare'] as const;
export type Mode = (typeof MODES)[number];

export const LM_BACKENDS = ['auto', 'wasm', 'webgl', 'cpu'] as const;
export type LmBackendChoice = (typeof LM_BACKENDS)[number];
export type LmConcreteBackend = Exclude<LmBackendChoice, 'auto'>;

/** The lab's settings (the `lm.*` query parameters, minus the generation ones). */
export interface LmConfig {
  layers: number;
  heads: number;
  /** Model width d (embedding size); must be divisible by `heads`. */
  width: number;
  /** Context length in tokens (characters). */
  context: number;
  batch: number;
  /** Training steps (for `compare`: steps of each of the two runs). */
  steps: number;
  lr: number;
  seed: number;
  corpus: CorpusChoice;
  mode: Mode;
}

/** Generation settings (`lm.prompt`, `lm.temperature`, `lm.top-k`, `lm.top-p`, plus length and seed). */
export interface GenerateSettings {
  prompt: string;
  /** 0 = greedy (argmax); otherwise > 0. */
  temperature: number;
  /** Omitted = no top-k. */
  topK?: number;
  /** Omitted or 1 = no top-p. */
  topP?: number;
  /** Characters to generate. */
  length: number;
  seed: number;
  /** Which attention map to return (0-based). */
  layer: number;
  head: number;
}

/** Messages from the page to the worker. */
export type LmToWorker =
  | {
      type: 'train';
      id: number;
      config: LmConfig;
      /** Only with `corpus: 'own'`: the reader's text (≤ OWN_TEXT_MAX_BYTES UTF-8 bytes). Never leaves the worker. */
      ownText?: string;
      backend?: LmBackendChoice;
      /** Evaluate (validation loss) every this many steps; default EVAL_EVERY. */
      evalEvery?: number;
      /** After training, generate with these settings (answers `generated` after `done`). */
      generate?: GenerateSettings;
    }
  | { type: 'stop'; id: number }
  | { type: 'reset'; id: number }
  | { type: 'generate'; id: number; settings: GenerateSettings };

/** A point of a validation curve. */
export interface EvalPoint {
  step: number;
  trainLoss: number | null;
  validationLoss: number;
  /** exp(validationLoss). */
  perplexity: number;
}

/** Which run of a comparison a message belongs to (`pretrain`, `adapt`, `scratch`). */
export type RunKind = 'pretrain' | 'adapt' | 'scratch';

export interface NextToken {
  /** The tokens as text (`<unk>` for the unknown id). */
  tokens: string[];
  probabilities: number[];
}

export interface AttentionMap {
  layer: number;
  head: number;
  /** The prompt's tokens (the last `context` characters), as text. */
  tokens: string[];
  /** Row i: how token i attends to tokens 0..i (zeros above the diagonal); rows sum to 1. */
  matrix: number[][];
  layers: number;
  heads: number;
}

export interface GenerateResult {
  prompt: string;
  /** The generated continuation only (not the prompt). */
  sample: string;
  nextToken: NextToken;
  attention: AttentionMap;
}

/** What the worker runs on. */
export interface LmRuntime {
  backend: LmConcreteBackend;
  requested: LmBackendChoice;
  fallbacks: { backend: LmConcreteBackend; reason: string }[];
  tfjsVersion: string;
}

export type LmErrorKey =
  | 'corpus-download' // the corpus failed to download (network or HTTP status)
  | 'corpus-damaged' // the corpus file is not what it should be (format, checksum)
  | 'checkpoint-download'
  | 'checkpoint-damaged' // wrong magic, version, sizes or checksum, or it does not fit the config
  | 'checkpoint-config' // adapt asked with a model shape other than the checkpoint's
  | 'own-text-empty' // too little own text to split into training and validation parts
  | 'own-text-too-long'
  | 'config' // invalid settings (detail names the field)
  | 'no-model' // generate without any model
  | 'backend' // no backend could be initialized
  | 'internal';

/** Messages from the worker. */
export type LmFromWorker =
  | { type: 'loading'; id: number; what: 'tfjs' | 'corpus' | 'checkpoint' }
  | { type: 'runtime'; id: number; runtime: LmRuntime }
  /** Training of one run begins; `initialLoss` is the validation loss before the first step. */
  | {
      type: 'started';
      id: number;
      run: RunKind;
      parameters: number;
      vocabulary: number;
      trainTokens: number;
      validationTokens: number;
      /** Names of the held-out sections (book corpora), or null (own text: its last part). */
      validationSections: string[] | null;
      initialLoss: number;
      baseline: number;
    }
  /** Every eval step (and at the last step). Losses in nats per token. */
  | {
      type: 'progress';
      id: number;
      run: RunKind;
      step: number;
      steps: number;
      trainLoss: number | null;
      validationLoss: number;
      perplexity: number;
      tokensPerSecond: number;
      elapsedMs: number;
      tensors: number;
    }
  /** A run finished (for `compare`, one per run: adapt first, then scratch). */
  | {
      type: 'run-done';
      id: number;
      run: RunKind;
      curve: EvalPoint[];
      initialLoss: number;
      tokensPerSecond: number;
      trainMs: number;
    }
  /** Everything finished. `comparison` only for mode `compare`. */
  | {
      type: 'done';
      id: number;
      step: number;
      trainLoss: number | null;
      validationLoss: number;
      perplexity: number;
      initialLoss: number;
      tokensPerSecond: number;
      parameters: number;
      vocabulary: number;
      tensors: number;
      comparison: { adapt: EvalPoint[]; scratch: EvalPoint[]; adaptedPerplexity: number; scratchPerplexity: number } | null;
    }
  | { type: 'stopped'; id: number; step: number; tensors: number }
  | { type: 'generated'; id: number; result: GenerateResult; tensors: number }
  | { type: 'reset'; id: number; tensors: number }
  | { type: 'error'; id: number; key: LmErrorKey; detail: string; tensors: number | null };

/** Defaults (the issue's: 2 layers, 4 heads, width 64, context 64). */
export const DEFAULT_LM_CONFIG: Readonly<LmConfig> = Object.freeze({
  layers: 2,
  heads: 4,
  width: 64,
  context: 64,
  batch: 4,
  steps: 200,
  lr: 3e-3,
  seed: 1,
  corpus: 'chapter:practice',
  mode: 'compare',
});

export const DEFAULT_GENERATE: Readonly<GenerateSettings> = Object.freeze({
  prompt: 'The model ',
  temperature: 0.8,
  topK: 20,
  topP: 0.95,
  length: 200,
  seed: 1,
  layer: 0,
  head: 0,
});

export const LM_LIMITS = {
  layers: { min: 1, max: 6 },
  heads: { min: 1, max: 8 },
  width: { min: 8, max: 256 },
  context: { min: 8, max: 256 },
  batch: { min: 1, max: 128 },
  steps: { min: 1, max: 5000 },
  lr: { min: 1e-5, max: 0.1 },
  seed: { min: 0, max: 4294967295 },
  length: { min: 1, max: 1000 },
} as const;

export const EVAL_EVERY = 20;
/** The reader's own text: at most 200 KB (UTF-8 bytes). */
export const OWN_TEXT_MAX_BYTES = 200 * 1024;

/** `src/data/lm-pretrain-log.json`. */
export interface PretrainLog {
  config: LmConfig;
  backend: string;
  corpusHash: string;
  vocabulary: number;
  parameters: number;
  initialLoss: number;
  curve: EvalPoint[];
  checkpoint: { file: string; bytes: number; sha256: string };
  trainMs: number;
  date: string;
}

/** `src/data/lm-bench.json`. */
export interface LmBench {
  date: string;
  browser: string;
  cores: number;
  config: LmConfig;
  /** Tokens per second for the default model (our training step), per backend. */
  backends: { backend: string; available: boolean; tokensPerSecond: number | null; idiomaticTokensPerSecond: number | null; ratio: number | null }[];
  /** The default comparison (auto backend). */
  comparison: { backend: string; totalMs: number; adaptedPerplexity: number; scratchPerplexity: number; longestTaskMs: number; tensorsLeaked: number };
  /** Why a backend or the anchor did not run, per backend (added after the first version). */
  notes?: Record<string, string>;
  /** Training steps timed per speed run (added after the first version). */
  speedSteps?: number;
}
