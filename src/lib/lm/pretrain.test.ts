/**
 * The shipped checkpoint, `public/lm/pretrained.bin`, and its log, `src/data/lm-pretrain-log.json`.
 *
 * `npm run lm:pretrain` (LM_PRETRAIN=1) pretrains the default model on the whole book with the lab's
 * own code (model.ts, train.ts: the same functions the worker calls) on TensorFlow.js's WASM backend
 * in Node, with a fixed seed, and writes both files. Without LM_PRETRAIN, the tests below check the
 * committed files against each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { CHAPTERS } from '../book/book';
import { buildCorpus, splitCorpus, Tokenizer } from './corpus';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint';
import { createModel, disposeModel, initialValues, modelValues, parameterCount } from './model';
import { DEFAULT_LM_CONFIG, type LmConfig, type PretrainLog } from './protocol';
import { evaluate, trainModel, validationBatches } from './train';

const CHECKPOINT = 'public/lm/pretrained.bin';
const LOG = 'src/data/lm-pretrain-log.json';
const RUN = process.env.LM_PRETRAIN === '1';

/** The pretraining run: the lab's default model shape, the whole book, a fixed seed. */
export const PRETRAIN: LmConfig = {
  ...DEFAULT_LM_CONFIG,
  corpus: 'book',
  mode: 'pretrain',
  batch: 16,
  steps: Number(process.env.LM_PRETRAIN_STEPS ?? 600),
  lr: 3e-3,
  seed: 2026,
};

function bookCorpus() {
  const src = (lang: 'en' | 'zh') => CHAPTERS.map((c) => ({ slug: c.slug, mdx: readFileSync(`content/${lang}/${c.slug}.mdx`, 'utf8') }));
  return buildCorpus({ en: src('en'), zh: src('zh') });
}

describe.runIf(RUN)('npm run lm:pretrain', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
  });

  it('pretrains the default model on the book and writes the checkpoint and its log', async () => {
    const corpus = bookCorpus();
    const corpusHash = createHash('sha256').update(JSON.stringify(corpus)).digest('hex');
    const tokenizer = new Tokenizer(corpus.vocabulary);
    const split = splitCorpus(corpus, 'book');
    const train = tokenizer.encode(split.train);
    const validation = tokenizer.encode(split.validation);
    const shape = { layers: PRETRAIN.layers, heads: PRETRAIN.heads, width: PRETRAIN.width, context: PRETRAIN.context, vocabulary: tokenizer.size };
    const model = createModel(tf, shape, initialValues(shape, PRETRAIN.seed));
    const t0 = Date.now();
    const out = await trainModel(tf, model, train, validation, { steps: PRETRAIN.steps, batch: PRETRAIN.batch, lr: PRETRAIN.lr, seed: PRETRAIN.seed, evalEvery: 100 }, {
      now: () => performance.now(),
      onEval: (p, info) => console.log(`step ${p.step}: train ${p.trainLoss?.toFixed(3) ?? '–'}, validation ${p.validationLoss.toFixed(3)} (perplexity ${p.perplexity.toFixed(1)}), ${info.tokensPerSecond.toFixed(0)} tokens/s`),
    });
    const values = modelValues(model);
    disposeModel(model);
    const bytes = encodeCheckpoint({ shape, vocabulary: corpus.vocabulary, values });
    // The loss of the file's (quantized) weights, on the same validation windows.
    const loaded = createModel(tf, shape, decodeCheckpoint(bytes).values);
    const quantizedLoss = evaluate(tf, loaded, validationBatches(validation, shape.context, 16));
    disposeModel(loaded);
    mkdirSync('public/lm', { recursive: true });
    writeFileSync(CHECKPOINT, bytes);
    const log: PretrainLog & { quantizedValidationLoss: number; trainTokens: number; validationTokens: number; validationSections: string[] } = {
      config: PRETRAIN,
      backend: `${tf.getBackend()} (Node ${process.version})`,
      corpusHash,
      vocabulary: tokenizer.size,
      parameters: parameterCount(shape),
      initialLoss: out.initialLoss,
      curve: out.curve,
      checkpoint: { file: CHECKPOINT, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      trainMs: Math.round(out.trainMs),
      date: new Date().toISOString().slice(0, 10),
      quantizedValidationLoss: quantizedLoss,
      trainTokens: train.length,
      validationTokens: validation.length,
      validationSections: split.validationSections!,
    };
    writeFileSync(LOG, `${JSON.stringify(log, null, 1)}\n`);
    console.log(`${Date.now() - t0} ms; checkpoint ${bytes.length} bytes; quantized validation loss ${quantizedLoss.toFixed(4)}`);
  }, 3_600_000);
});

describe.skipIf(RUN)('the committed checkpoint', () => {
  it('is the file its log describes, fits the lab’s default model, and stays small', () => {
    expect(existsSync(CHECKPOINT) && existsSync(LOG)).toBe(true);
    const bytes = new Uint8Array(readFileSync(CHECKPOINT));
    const log = JSON.parse(readFileSync(LOG, 'utf8')) as PretrainLog & { quantizedValidationLoss: number };
    expect(bytes.length).toBe(log.checkpoint.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(log.checkpoint.sha256);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const c = decodeCheckpoint(bytes);
    const d = DEFAULT_LM_CONFIG;
    expect(c.shape).toEqual({ layers: d.layers, heads: d.heads, width: d.width, context: d.context, vocabulary: log.vocabulary });
    expect(parameterCount(c.shape)).toBe(log.parameters);
    for (const p of log.curve) expect(p.perplexity).toBe(Math.exp(p.validationLoss));
    // Pretraining learned something, and quantizing the weights kept it.
    const last = log.curve.at(-1)!;
    expect(last.validationLoss).toBeLessThan(log.initialLoss - 2);
    expect(Math.abs(log.quantizedValidationLoss - last.validationLoss)).toBeLessThan(0.05);
  });
});
