/// <reference lib="webworker" />
/**
 * The tiny language model's worker (messages: ./protocol.ts). TensorFlow.js, the corpus
 * (`<base>lm/corpus.json`) and the pretrained checkpoint (`<base>lm/pretrained.bin`) are fetched on the
 * first message that needs them. Training yields between steps (a MessageChannel round trip), so
 * `stop` is seen within one step; a download is aborted at once. Every tensor a run creates is
 * disposed when it ends (finished, stopped or failed); the last trained model is kept for `generate`
 * until `reset` or the next run.
 */
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type * as tfc from '@tensorflow/tfjs-core';
import { backendOrder, probeBackends, type BackendProbe } from '../training/backend';
import { checkCorpus, Tokenizer, type Corpus } from './corpus';
import { CheckpointError, decodeCheckpoint, type Checkpoint } from './checkpoint';
import { configProblem, corpusOf, generateProblem, OwnTextError, sameShape, shapeOf, textsOf, tokensOf } from './config';
import { generate } from './generate';
import { createModel, disposeModel, initialValues, modelValues, parameterCount, type ModelShape } from './model';
import { EVAL_EVERY, type EvalPoint, type GenerateSettings, type LmBackendChoice, type LmConcreteBackend, type LmErrorKey, type LmFromWorker, type LmRuntime, type LmToWorker, type RunKind } from './protocol';
import { trainModel } from './train';

declare const self: DedicatedWorkerGlobalScope;
type TF = typeof tfc;

const post = (m: LmFromWorker): void => self.postMessage(m);
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const CORPUS_URL = `${base}lm/corpus.json`;
const CHECKPOINT_URL = `${base}lm/pretrained.bin`;

class LabError extends Error {
  constructor(
    readonly key: LmErrorKey,
    message: string,
  ) {
    super(message);
  }
}
class Stopped extends Error {
  constructor(readonly step = 0) {
    super('stopped');
  }
}

let tfPromise: Promise<TF> | null = null;
let backendReady: LmConcreteBackend | null = null;
const loaded = new Set<LmConcreteBackend>();

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldNow = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

// (WebGPU is not offered: the lab loads only the cpu, webgl and wasm backends.)
const probe = (): BackendProbe => probeBackends({ webgpu: false });

async function load(tf: TF, name: LmConcreteBackend): Promise<void> {
  if (!loaded.has(name)) {
    if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
    else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
    else {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // Single-threaded, as the training lab (src/lib/training/worker.ts explains why).
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': wasmPlainUrl,
        'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
      });
    }
    loaded.add(name);
  }
  if (!(await tf.setBackend(name))) throw new Error(`${name} failed to initialize`);
  await tf.ready();
}

let backendLock: Promise<void> = Promise.resolve();

/** TensorFlow.js with a backend (the requested one first, then the automatic order, the CPU last). */
async function tensorflow(id: number, requested: LmBackendChoice): Promise<TF> {
  if (!tfPromise) {
    post({ type: 'loading', id, what: 'tfjs' });
    // One after the other: the gradients' module registers into TensorFlow.js's core, whose flags
    // must exist first. Loaded side by side, the two chunks could run in either order, and the
    // gradients' then failed ("Cannot evaluate flag 'DEBUG'"), leaving the worker silent.
    tfPromise = import('@tensorflow/tfjs-core').then(async (tf) => {
      await import('@tensorflow/tfjs-core/dist/register_all_gradients');
      return tf;
    });
    // A failed load is reported (LabError 'backend') and tried again on the next run.
    tfPromise.catch(() => (tfPromise = null));
  }
  let tf: TF;
  try {
    tf = await tfPromise!;
  } catch (e) {
    throw new LabError('backend', e instanceof Error ? e.message : String(e));
  }
  // One backend initialisation at a time. A run started while another run's is still going (Train
  // again at once after a failed download: the first run's initialisation goes on after its error)
  // waits for it and then finds the backend ready; two at once switched backends under each other.
  const previous = backendLock;
  let release!: () => void;
  backendLock = new Promise<void>((r) => (release = r));
  await previous;
  try {
    return await selectBackend(tf, id, requested);
  } finally {
    release();
  }
}

async function selectBackend(tf: TF, id: number, requested: LmBackendChoice): Promise<TF> {
  if (backendReady && (requested === 'auto' || requested === backendReady)) return tf;
  const fallbacks: LmRuntime['fallbacks'] = [];
  for (const candidate of backendOrder(requested, probe())) {
    if (candidate === 'webgpu') continue;
    try {
      await load(tf, candidate);
      backendReady = candidate;
      break;
    } catch (e) {
      fallbacks.push({ backend: candidate, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  if (!backendReady) throw new LabError('backend', 'no TensorFlow.js backend could be initialized');
  post({ type: 'runtime', id, runtime: { backend: backendReady, requested, fallbacks, tfjsVersion: tf.version_core } });
  return tf;
}

/** Fetches a file of this site, aborted by `signal` (Stop). */
async function download(url: string, signal: AbortSignal, key: LmErrorKey): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw new Stopped();
    throw new LabError(key, e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new LabError(key, `HTTP ${response.status}`);
  try {
    return await response.arrayBuffer();
  } catch (e) {
    if (signal.aborted) throw new Stopped();
    throw new LabError(key, e instanceof Error ? e.message : String(e));
  }
}

let corpusPromise: Promise<Corpus> | null = null;
function corpus(id: number, signal: AbortSignal): Promise<Corpus> {
  if (!corpusPromise) {
    post({ type: 'loading', id, what: 'corpus' });
    const p = download(CORPUS_URL, signal, 'corpus-download').then((buf) => {
      try {
        return checkCorpus(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buf)));
      } catch (e) {
        throw new LabError('corpus-damaged', e instanceof Error ? e.message : String(e));
      }
    });
    corpusPromise = p;
    p.catch(() => {
      if (corpusPromise === p) corpusPromise = null; // try again next time
    });
  }
  return corpusPromise;
}

let checkpointPromise: Promise<Checkpoint> | null = null;
function checkpoint(id: number, signal: AbortSignal): Promise<Checkpoint> {
  if (!checkpointPromise) {
    post({ type: 'loading', id, what: 'checkpoint' });
    const p = download(CHECKPOINT_URL, signal, 'checkpoint-download').then((buf) => {
      try {
        return decodeCheckpoint(new Uint8Array(buf));
      } catch (e) {
        throw new LabError('checkpoint-damaged', e instanceof CheckpointError ? e.message : String(e));
      }
    });
    checkpointPromise = p;
    p.catch(() => {
      if (checkpointPromise === p) checkpointPromise = null;
    });
  }
  return checkpointPromise;
}

/** The weights adaptation starts from: the reader's own pretraining in this page, else the shipped checkpoint. */
let ownPretrained: Checkpoint | null = null;
/**
 * The last model trained (for `generate`), as plain arrays: between messages the worker holds no
 * tensors at all (`tensors` in `done`, `stopped`, `generated` and `reset` is 0 unless something leaked).
 */
let kept: { shape: ModelShape; values: Float32Array[]; tokenizer: Tokenizer } | null = null;

function dropKept(): void {
  kept = null;
}

let current: { id: number; stop: boolean; abort: AbortController } | null = null;

async function pretrainedSource(id: number, signal: AbortSignal): Promise<Checkpoint> {
  return ownPretrained ?? (await checkpoint(id, signal));
}

async function runTrain(id: number, msg: Extract<LmToWorker, { type: 'train' }>, signal: AbortSignal): Promise<void> {
  const c = msg.config;
  const problem = configProblem(c);
  if (problem) throw new LabError('config', problem);
  if (msg.generate) {
    const g = generateProblem(msg.generate);
    if (g) throw new LabError('config', g);
  }
  const choice = corpusOf(c);
  const needsCorpus = choice !== 'own';
  const needsCheckpoint = c.mode !== 'pretrain';
  // TensorFlow.js, the corpus and the checkpoint load side by side.
  const tfP = tensorflow(id, msg.backend ?? 'auto');
  const corpusP = needsCorpus ? corpus(id, signal) : Promise.resolve(null);
  const sourceP = needsCheckpoint ? pretrainedSource(id, signal) : Promise.resolve(null);
  const [tf, book, source] = await Promise.all([tfP, corpusP, sourceP]);
  if (current?.stop) throw new Stopped();
  const vocabulary = source ? source.vocabulary : book!.vocabulary;
  const tokenizer = new Tokenizer(vocabulary);
  const shape: ModelShape = shapeOf(c, vocabulary.length);
  if (source && !sameShape(source.shape, shape))
    throw new LabError('checkpoint-config', `the pretrained model has ${source.shape.layers} layers, ${source.shape.heads} heads, width ${source.shape.width} and context ${source.shape.context}`);
  let data;
  try {
    data = tokensOf(textsOf(book, choice, msg.ownText), tokenizer);
  } catch (e) {
    if (e instanceof OwnTextError) throw new LabError(e.key, e.message);
    throw new LabError('config', e instanceof Error ? e.message : String(e));
  }
  dropKept();
  const runs: RunKind[] = c.mode === 'compare' ? ['adapt', 'scratch'] : [c.mode];
  const curves: Partial<Record<RunKind, EvalPoint[]>> = {};
  const baseline = tf.memory().numTensors;
  let last: { point: EvalPoint; initialLoss: number; tokensPerSecond: number } | null = null;
  for (const run of runs) {
    const values = run === 'adapt' ? source!.values.map((v) => Float32Array.from(v)) : initialValues(shape, c.seed);
    const model = createModel(tf, shape, values);
    try {
      let started = false;
      const outcome = await trainModel(tf, model, data.train, data.validation, { steps: c.steps, batch: c.batch, lr: c.lr, seed: c.seed, evalEvery: msg.evalEvery ?? EVAL_EVERY }, {
        now: () => performance.now(),
        yieldNow,
        syncEvery: backendReady === 'webgl' ? 8 : 0,
        shouldStop: () => current?.stop === true,
        onEval: (p, info) => {
          if (!started) {
            started = true;
            post({
              type: 'started', id, run, parameters: parameterCount(shape), vocabulary: shape.vocabulary,
              trainTokens: data.train.length, validationTokens: data.validation.length,
              validationSections: data.validationSections, initialLoss: p.validationLoss, baseline,
            });
            return;
          }
          post({
            type: 'progress', id, run, step: p.step, steps: c.steps, trainLoss: p.trainLoss, validationLoss: p.validationLoss,
            perplexity: p.perplexity, tokensPerSecond: info.tokensPerSecond, elapsedMs: info.elapsedMs, tensors: tf.memory().numTensors,
          });
        },
      });
      curves[run] = outcome.curve;
      if (outcome.stopped) throw new Stopped(outcome.steps);
      post({ type: 'run-done', id, run, curve: outcome.curve, initialLoss: outcome.initialLoss, tokensPerSecond: outcome.tokensPerSecond, trainMs: outcome.trainMs });
      last = { point: outcome.curve.at(-1)!, initialLoss: outcome.initialLoss, tokensPerSecond: outcome.tokensPerSecond };
      // The model kept for generation: the adapted one in a comparison, otherwise the one trained.
      if (run === runs[0]) {
        const trained = modelValues(model);
        kept = { shape, values: trained, tokenizer };
        if (run === 'pretrain') ownPretrained = { shape, vocabulary: [...vocabulary], values: trained };
      }
    } finally {
      disposeModel(model);
    }
  }
  const l = last!;
  const comparison =
    c.mode === 'compare'
      ? { adapt: curves.adapt!, scratch: curves.scratch!, adaptedPerplexity: curves.adapt!.at(-1)!.perplexity, scratchPerplexity: curves.scratch!.at(-1)!.perplexity }
      : null;
  const finalPoint = c.mode === 'compare' ? curves.adapt!.at(-1)! : l.point;
  post({
    type: 'done', id, step: finalPoint.step, trainLoss: finalPoint.trainLoss, validationLoss: finalPoint.validationLoss, perplexity: finalPoint.perplexity,
    initialLoss: c.mode === 'compare' ? curves.adapt![0]!.validationLoss : l.initialLoss, tokensPerSecond: l.tokensPerSecond,
    parameters: parameterCount(shape), vocabulary: shape.vocabulary, tensors: tf.memory().numTensors, comparison,
  });
  if (msg.generate) runGenerate(tf, id, msg.generate);
}

function runGenerate(tf: TF, id: number, s: GenerateSettings): void {
  if (!kept) throw new LabError('no-model', 'no model to generate with');
  const model = createModel(tf, kept.shape, kept.values);
  try {
    const result = generate(tf, model, kept.tokenizer, s);
    disposeModel(model);
    post({ type: 'generated', id, result, tensors: tf.memory().numTensors });
  } catch (e) {
    disposeModel(model);
    throw e;
  }
}

async function runGenerateMessage(id: number, s: GenerateSettings, signal: AbortSignal): Promise<void> {
  const problem = generateProblem(s);
  if (problem) throw new LabError('config', problem);
  const tf = await tensorflow(id, 'auto');
  if (!kept) {
    const source = await pretrainedSource(id, signal);
    if (current?.stop) throw new Stopped();
    if (!kept) kept = { shape: source.shape, values: source.values, tokenizer: new Tokenizer(source.vocabulary) };
  }
  runGenerate(tf, id, s);
}

/** Live tensors, or null when TensorFlow.js is not (or could not be) loaded: never throws, so an error is always reported. */
async function tensorCount(): Promise<number | null> {
  if (!tfPromise) return null;
  try {
    return (await tfPromise).memory().numTensors;
  } catch {
    return null;
  }
}

type Job = { id: number; run: (signal: AbortSignal) => Promise<void> };
let pending: Job | null = null;

function start(job: Job): void {
  const abort = new AbortController();
  current = { id: job.id, stop: false, abort };
  const { id } = job;
  job
    .run(abort.signal)
    .catch(async (e: unknown) => {
      const tensors = await tensorCount();
      if (e instanceof Stopped) post({ type: 'stopped', id, step: e.step, tensors: tensors ?? 0 });
      else if (e instanceof LabError) post({ type: 'error', id, key: e.key, detail: e.message, tensors });
      else post({ type: 'error', id, key: 'internal', detail: e instanceof Error ? e.message : String(e), tensors });
    })
    .finally(() => {
      current = null;
      const next = pending;
      pending = null;
      if (next) start(next);
    });
}

function stopCurrent(): void {
  if (!current) return;
  current.stop = true;
  current.abort.abort();
}

function enqueue(job: Job): void {
  if (current) {
    stopCurrent();
    pending = job;
    return;
  }
  start(job);
}

self.onmessage = (event: MessageEvent<LmToWorker>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'stop':
      if (current && current.id === msg.id) stopCurrent();
      if (pending && pending.id === msg.id) pending = null;
      return;
    case 'reset':
      pending = null;
      enqueue({
        id: msg.id,
        run: async () => {
          dropKept();
          post({ type: 'reset', id: msg.id, tensors: (await tensorCount()) ?? 0 });
        },
      });
      return;
    case 'train':
      enqueue({ id: msg.id, run: (signal) => runTrain(msg.id, msg, signal) });
      return;
    case 'generate':
      enqueue({ id: msg.id, run: (signal) => runGenerateMessage(msg.id, msg.settings, signal) });
      return;
  }
};
