import type { Lang } from '../book/book';

/** One finished epoch. */
export interface EpochMetrics {
  epoch: number; // 1-based
  loss: number;
  accuracy: number;
  /** Wall-clock time of the epoch in ms, when measured. */
  ms?: number;
}

const f4 = (v: number): string => (Number.isFinite(v) ? v.toFixed(4) : String(v));

function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}

/** A Keras-style epoch line: `Epoch 3/10 - 32/32 - 120ms - loss: 2.2871 - accuracy: 0.1420`. */
export function epochLine(m: EpochMetrics, epochs: number, batches: number): string {
  const time = m.ms === undefined ? '' : ` - ${duration(m.ms)}`;
  return `Epoch ${m.epoch}/${epochs} - ${batches}/${batches}${time} - loss: ${f4(m.loss)} - accuracy: ${f4(m.accuracy)}`;
}

/** The line `model.evaluate(…, verbose=2)` prints. */
export function evaluateLine(loss: number, accuracy: number, batches: number, label?: string): string {
  return `${label ? `${label}: ` : ''}${batches}/${batches} - loss: ${f4(loss)} - accuracy: ${f4(accuracy)}`;
}

/** Milliseconds left, from progress so far (null until there is something to go on). */
export function eta(elapsedMs: number, done: number, total: number): number | null {
  if (done <= 0 || total <= 0 || elapsedMs <= 0) return null;
  return Math.max(0, (elapsedMs / done) * (total - done));
}

export function formatEta(ms: number | null, lang: Lang): string {
  if (ms === null) return lang === 'zh' ? '剩余时间估算中' : 'estimating time left';
  const s = Math.ceil(ms / 1000);
  return lang === 'zh' ? `约剩 ${s} 秒` : `about ${s} s left`;
}
