/// <reference lib="webworker" />
/**
 * The training worker. TensorFlow.js is imported here, on the first "train"
 * message, and only the backend in use is loaded. Training runs off the main
 * thread; between batches the worker yields (a MessageChannel round trip, not
 * setTimeout's clamped 4 ms) so that "stop" arrives within one batch.
 */
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
// Never fetched (threads are off, see below), but tfjs wants every entry.
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type * as tfc from '@tensorflow/tfjs-core';
import { backendOrder, probeBackends, type BackendProbe } from './backend';
import type { FromWorker, RuntimeInfo, ToWorker } from './protocol';
import { validateSettings, type BackendChoice, type ConcreteBackend, type TrainingSettings } from './settings';
import { train, type GivenData } from './train';
import manifest from '../../data/digits.json';
import { digitsDataset, type DigitSplit } from './digits';
import { DigitsError, loadDigits } from './digits-load';

declare const self: DedicatedWorkerGlobalScope;
type TF = typeof tfc;

const post = (m: FromWorker): void => self.postMessage(m);

let tfPromise: Promise<TF> | null = null;
const loaded = new Set<ConcreteBackend>();
const broken = new Map<ConcreteBackend, string>();
/** The run in progress; `abort` ends its digits download at once (Stop, or a newer run). */
let current: { id: number; stop: boolean; abort: AbortController } | null = null;
let contextLost = false;

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldNow = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const probe = (): BackendProbe => probeBackends({ webgpu: 'gpu' in navigator });

async function load(tf: TF, name: ConcreteBackend): Promise<void> {
  if (!loaded.has(name)) {
    switch (name) {
      case 'cpu':
        await import('@tensorflow/tfjs-backend-cpu');
        break;
      case 'webgl':
        await import('@tensorflow/tfjs-backend-webgl');
        break;
      case 'wasm': {
        const wasm = await import('@tensorflow/tfjs-backend-wasm');
        // Single-threaded on purpose: the threaded build needs cross-origin
        // isolation (COOP/COEP headers, which static hosts cannot send), and
        // its pthread workers (inline blob scripts that re-import the
        // Emscripten glue) fail when the glue is bundled.
        tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        wasm.setWasmPaths({
          'tfjs-backend-wasm.wasm': wasmPlainUrl,
          'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
          'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
        });
        break;
      }
      case 'webgpu':
        throw new Error('the WebGPU backend (@tensorflow/tfjs-backend-webgpu) is not part of this site');
    }
    loaded.add(name);
  }
  if (!(await tf.setBackend(name))) throw new Error(`${name} failed to initialize`);
  await tf.ready();
}

async function runtimeInfo(tf: TF, backend: ConcreteBackend, requested: BackendChoice, fallbacks: RuntimeInfo['fallbacks'], renderer: string | null): Promise<RuntimeInfo> {
  let simd: boolean | null = null;
  let threads: number | null = null;
  if (backend === 'wasm') {
    simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    threads = wasm.getThreadsCount();
  }
  return {
    backend,
    requested,
    fallbacks,
    simd,
    threads,
    crossOriginIsolated: self.crossOriginIsolated === true,
    renderer: backend === 'webgl' ? renderer : null,
    tfjsVersion: tf.version_core,
  };
}

function watchContext(tf: TF): void {
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: { canvas?: EventTarget } } };
  const canvas = backend.gpgpu?.gl?.canvas;
  canvas?.addEventListener('webglcontextlost', () => {
    contextLost = true;
    broken.set('webgl', 'the WebGL context was lost');
  });
}

/** The digits, fetched once per page (again after a failure). Served by this site: `<base>digits/<file>`. */
let digitsPromise: Promise<DigitSplit> | null = null;
const digitsUrl = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}digits/${manifest.file}`;

/** Ends the current run: training stops within a batch, a download at once. */
function stopCurrent(): void {
  if (!current) return;
  current.stop = true;
  current.abort.abort();
}

async function run(id: number, settings: TrainingSettings, signal: AbortSignal): Promise<void> {
  post({ type: 'loading', id });
  // The data (when asked for) and TensorFlow.js load side by side.
  let digits: Promise<DigitSplit> | null = null;
  if (settings.data === 'digits') {
    // A download still in flight belongs to this run: runs take turns, and each waits for its download
    // to settle before it ends. Stop aborts it; a stalled one ends after STALL_MS (digits-load.ts).
    const loading = (digitsPromise ??= loadDigits(digitsUrl, manifest, {
      signal,
      onProgress: (loaded, total) => post({ type: 'data', id: current?.id ?? id, loaded, total }),
    }));
    digits = loading;
    loading.catch(() => {
      if (digitsPromise === loading) digitsPromise = null;
    });
  }
  tfPromise ??= import('@tensorflow/tfjs-core');
  let split: DigitSplit | null = null;
  if (digits) {
    try {
      split = await digits;
    } catch (e) {
      if (signal.aborted) post({ type: 'data-stopped', id });
      else post({ type: 'data-error', id, kind: e instanceof DigitsError ? e.kind : 'network', detail: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  const tf = await tfPromise;
  const info = probe();
  const fallbacks: RuntimeInfo['fallbacks'] = [];
  let backend: ConcreteBackend | null = null;
  for (const candidate of backendOrder(settings.backend, info)) {
    const known = broken.get(candidate);
    if (known) {
      fallbacks.push({ backend: candidate, reason: known });
      continue;
    }
    try {
      await load(tf, candidate);
      backend = candidate;
      break;
    } catch (e) {
      fallbacks.push({ backend: candidate, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  if (backend === null) throw new Error('no TensorFlow.js backend could be initialized');
  if (backend === 'webgl') watchContext(tf);
  post({ type: 'runtime', id, runtime: await runtimeInfo(tf, backend, settings.backend, fallbacks, info.webglRenderer) });
  if (current?.stop) {
    post({ type: 'stopped', id, trainMs: 0, tensors: tf.memory().numTensors });
    return;
  }

  const baseline = tf.memory().numTensors;
  post({ type: 'started', id, baseline, batches: Math.ceil(settings.samples / settings.batch) });
  contextLost = false;
  let lastProgress = 0;
  let started = 0;
  const given: GivenData | undefined = split
    ? { train: digitsDataset(split.train, settings.samples), test: digitsDataset(split.test), keep: true }
    : undefined;
  try {
    started = performance.now();
    const result = await train(tf, settings, {
      now: () => performance.now(),
      // WebGL queues work without bound unless something is read back now and then.
      syncEvery: backend === 'webgl' ? 8 : 0,
      yieldNow,
      shouldStop: () => {
        if (contextLost) throw new Error('the WebGL context was lost');
        return current?.stop === true;
      },
      onBatch: (epoch, batch, batches) => {
        const t = performance.now();
        if (t - lastProgress >= 200 || batch === batches) {
          lastProgress = t;
          post({ type: 'progress', id, epoch, batch, batches, elapsedMs: t - started });
        }
      },
      onEpoch: (m) => post({ type: 'epoch', id, epoch: m.epoch, loss: m.loss, accuracy: m.accuracy, ms: m.ms ?? 0, elapsedMs: performance.now() - started, tensors: tf.memory().numTensors }),
    }, given);
    const tensors = tf.memory().numTensors;
    if (result.stopped || !result.train) post({ type: 'stopped', id, trainMs: result.trainMs, tensors });
    else if (split && result.predictions && result.weights) {
      const w = result.weights;
      const out: FromWorker = {
        type: 'done', id, train: result.train, holdout: result.holdout, trainMs: result.trainMs, tensors,
        digits: { labels: split.test.labels.slice(), pixels: split.test.pixels.slice(), predictions: result.predictions, weights: w },
      };
      self.postMessage(out, [out.digits!.labels.buffer, out.digits!.pixels.buffer, result.predictions.buffer, w.w1.buffer, w.b1.buffer, w.w2.buffer, w.b2.buffer]);
    } else post({ type: 'done', id, train: result.train, holdout: result.holdout, trainMs: result.trainMs, tensors, digits: null });
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e), tensors: tf.memory().numTensors });
  }
}

/** A run asked for while another was still ending (e.g. Reset, then Train at once). */
let pending: { id: number; settings: TrainingSettings } | null = null;

function start(id: number, settings: TrainingSettings): void {
  const abort = new AbortController();
  current = { id, stop: false, abort };
  run(id, settings, abort.signal)
    .catch((e: unknown) => post({ type: 'error', id, message: e instanceof Error ? e.message : String(e), tensors: null }))
    .finally(() => {
      current = null;
      const next = pending;
      pending = null;
      if (next) start(next.id, next.settings);
    });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'stop') {
    if (current && current.id === msg.id) stopCurrent();
    if (pending && pending.id === msg.id) pending = null;
    return;
  }
  if (msg.type !== 'train') return;
  const checked = validateSettings(msg.settings);
  if (!checked.ok) {
    post({ type: 'error', id: msg.id, message: checked.error.message.en, tensors: null });
    return;
  }
  // One run at a time: a newer request ends the current run (within a batch, a download at once) and starts after it.
  if (current) {
    stopCurrent();
    pending = { id: msg.id, settings: checked.value };
    return;
  }
  start(msg.id, checked.value);
};
