import type { BackendChoice, ConcreteBackend, TrainingSettings } from './settings';
import type { DigitsErrorKind } from './digits-load';
import type { Metrics, TrainedWeights } from './train';

/** Messages from the page to the training worker. */
export type ToWorker =
  | { type: 'train'; id: number; settings: TrainingSettings }
  | { type: 'stop'; id: number };

/** What the lab runs on. */
export interface RuntimeInfo {
  backend: ConcreteBackend;
  requested: BackendChoice;
  /** Backends tried before `backend`, and why each was not used. */
  fallbacks: { backend: ConcreteBackend; reason: string }[];
  simd: boolean | null;
  threads: number | null;
  crossOriginIsolated: boolean;
  renderer: string | null;
  tfjsVersion: string;
}

/** After a run on the digits: what the page needs to show the test set and read drawings. */
export interface DigitsOutcome {
  /** The 1,000 test digits: labels, pixels (bytes, 1,000 × 784) and what the model read. */
  labels: Uint8Array;
  pixels: Uint8Array;
  predictions: Int32Array;
  weights: TrainedWeights;
}

/** Messages from the worker. Every message carries the id of the run it belongs to. */
export type FromWorker =
  | { type: 'loading'; id: number }
  | { type: 'runtime'; id: number; runtime: RuntimeInfo }
  | { type: 'started'; id: number; baseline: number; batches: number }
  | { type: 'progress'; id: number; epoch: number; batch: number; batches: number; elapsedMs: number }
  | { type: 'epoch'; id: number; epoch: number; loss: number; accuracy: number; ms: number; elapsedMs: number; tensors: number }
  | { type: 'data'; id: number; loaded: number; total: number }
  | { type: 'data-error'; id: number; kind: DigitsErrorKind; detail: string }
  /** Stopped while the digits were downloading: the download was canceled. */
  | { type: 'data-stopped'; id: number }
  | { type: 'done'; id: number; train: Metrics; holdout: Metrics | null; trainMs: number; tensors: number; digits: DigitsOutcome | null }
  | { type: 'stopped'; id: number; trainMs: number; tensors: number }
  | { type: 'error'; id: number; message: string; tensors: number | null };
