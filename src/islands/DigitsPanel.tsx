/** @jsxImportSource preact */
/**
 * The training lab's digits panel (its own chunk, loaded when the reader
 * chooses the digits): drawing pad and probabilities, a keyboard alternative
 * (pick a test digit), the confusion matrix, the misclassified test digits and
 * pictures of first-layer weights. The maths is in src/lib/training
 * (digits.ts: centring; infer.ts: probabilities, confusion, weights).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { createBatchQueue, yieldToMain, type BatchQueue } from '../lib/training/batches';
import { centreDigit, DIGITS, extendInk, inkCrop, inkOf, type InkBox } from '../lib/training/digits';
import { argMax, confusionMatrix, digitImage, misclassified, pictureRgba, probabilities, unitWeights } from '../lib/training/infer';
import type { DigitsOutcome } from '../lib/training/protocol';
import { TEXT } from '../lib/training/text';
import { Result } from './lab-parts';

export interface DigitsPanelProps {
  lang: Lang;
  /** Null until a run on the digits has finished. */
  outcome: DigitsOutcome | null;
}

const PAD = 280;
const LINE = 20;
const SIDE = DIGITS.side;
const GALLERY = 24;
const WEIGHT_UNITS = 12;
/** Milliseconds of picture drawing per task (issue 17: no main-thread task over 50 ms, layout and paint included). */
const DRAW_BUDGET_MS = 8;

/**
 * The results appear in stages, each in its own task after a frame, so that
 * rendering, style, layout and paint of all of them never make one long task:
 * 0 pad, probabilities and the test digit; 1 the confusion matrix; 2 the
 * misclassified digits; 3 the weight pictures.
 */
const STAGES = 3;

let queue: BatchQueue | null = null;
/** The pictures' drawing jobs, shared by every picture of the page: a few per task. */
const drawQueue = (): BatchQueue => (queue ??= createBatchQueue({ budgetMs: DRAW_BUDGET_MS, now: () => performance.now(), yieldTo: yieldToMain }));

/** Resolves in a new task after the next frame (or after 100 ms if no frame comes, e.g. in a hidden tab). */
const afterFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      void yieldToMain().then(resolve);
    });
  });

/**
 * A 28×28 picture: gray (0 black … 1 white) or diverging (−1 red … +1 blue).
 * Drawn through the shared queue, not in the render's task; `data-drawn` says when it is.
 */
function Picture({ values, diverging = false, label, size = 56 }: { values: ArrayLike<number>; diverging?: boolean; label: string; size?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    canvas.dataset.drawn = 'false';
    return drawQueue().push(() => {
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.isConnected) return;
      const img = ctx.createImageData(SIDE, SIDE);
      img.data.set(pictureRgba(values, diverging));
      ctx.putImageData(img, 0, 0);
      canvas.dataset.drawn = 'true';
    });
  }, [values, diverging]);
  return <canvas ref={ref} class="dp-pic" width={SIDE} height={SIDE} style={{ width: `${size}px`, height: `${size}px` }} role="img" aria-label={label} />;
}

export default function DigitsPanel({ lang, outcome }: DigitsPanelProps) {
  const t = TEXT[lang];
  const pad = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  /** The bounding box of the points drawn since the pad was cleared: only that part of the pad is read. */
  const ink = useRef<InkBox | null>(null);
  const frame = useRef(0);
  const [padNote, setPadNote] = useState<string>('');
  const [shown, setShown] = useState<{ probs: number[]; source: 'pad' | 'test' } | null>(null);
  const [index, setIndex] = useState(0);
  // Which stage of showing the results has been reached, for which outcome (a new outcome starts at 0 in its first render).
  const [staged, setStaged] = useState<{ outcome: DigitsOutcome | null; stage: number }>({ outcome: null, stage: 0 });
  const stage = staged.outcome === outcome ? staged.stage : 0;

  const confusion = useMemo(() => (outcome ? confusionMatrix(outcome.labels, outcome.predictions) : null), [outcome]);
  const wrong = useMemo(() => (outcome ? misclassified(outcome.labels, outcome.predictions) : []), [outcome]);
  const testImage = (i: number): Float32Array => (outcome ? digitImage(outcome.pixels, i, DIGITS.pixels) : new Float32Array(DIGITS.pixels));
  const current = useMemo(() => (outcome ? testImage(index) : null), [outcome, index]);
  // Memoised so that a picture is drawn once, not again at every render.
  const gallery = useMemo(() => wrong.slice(0, GALLERY).map((i) => ({ i, values: testImage(i) })), [wrong]);
  const units = outcome?.weights.units ?? 0;
  const weightPics = useMemo(() => {
    if (!outcome) return [];
    const n = Math.min(WEIGHT_UNITS, units);
    return Array.from({ length: n }, (_, i) => {
      const u = Math.floor((i * units) / n);
      return { u, values: unitWeights(outcome.weights, u) };
    });
  }, [outcome]);

  // A new model: clear the pad and what it showed; then show the results stage by stage.
  useEffect(() => {
    clear();
    setIndex(0);
    setPadNote(outcome ? t.padHint : t.padBefore);
    if (!outcome) return;
    let live = true;
    void (async () => {
      for (let s = 1; s <= STAGES && live; s++) {
        await afterFrame();
        if (live) setStaged({ outcome, stage: s });
      }
    })();
    return () => {
      live = false;
    };
  }, [outcome]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  function clear(): void {
    const c = pad.current;
    // The pad's first context decides its attributes: it is read back on every stroke (getImageData).
    c?.getContext('2d', { willReadFrequently: true })?.clearRect(0, 0, PAD, PAD);
    ink.current = null;
    setShown(null);
  }

  /** Read the pad (its alpha channel is the ink) once per frame while drawing. */
  const readPad = (): void => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const c = pad.current;
      const ctx = c?.getContext('2d', { willReadFrequently: true });
      if (!c || !ctx || !outcome) return;
      // The strokes' box plus half the line and its anti-aliasing: centreDigit gives the same image as for the whole pad.
      const r = inkCrop(ink.current, LINE / 2 + 2, PAD, PAD);
      const img = r ? centreDigit(inkOf(ctx.getImageData(r.x, r.y, r.w, r.h).data), r.w, r.h, 0.05) : null;
      if (!img) {
        setShown(null);
        setPadNote(t.padEmpty);
        return;
      }
      setPadNote('');
      setShown({ probs: probabilities(outcome.weights, img), source: 'pad' });
    });
  };

  const point = (e: PointerEvent): { x: number; y: number } => {
    const c = pad.current!;
    const r = c.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * PAD) / r.width, y: ((e.clientY - r.top) * PAD) / r.height };
  };
  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }): void => {
    const c = pad.current;
    const ctx = c?.getContext('2d', { willReadFrequently: true });
    if (!c || !ctx) return;
    ctx.strokeStyle = getComputedStyle(c).color || '#000';
    ctx.lineWidth = LINE;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ink.current = extendInk(ink.current, from, to);
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };
  const onDown = (e: PointerEvent): void => {
    if (!outcome) {
      setPadNote(t.padBefore);
      return;
    }
    e.preventDefault();
    pad.current?.setPointerCapture(e.pointerId);
    const p = point(e);
    drawing.current = p;
    stroke(p, p);
    readPad();
  };
  const onMove = (e: PointerEvent): void => {
    if (!drawing.current) return;
    const p = point(e);
    stroke(drawing.current, p);
    drawing.current = p;
    readPad();
  };
  const onUp = (): void => {
    drawing.current = null;
  };

  const pick = (i: number): void => {
    if (!outcome) return;
    const n = outcome.labels.length;
    const next = ((i % n) + n) % n;
    setIndex(next);
    setShown({ probs: probabilities(outcome.weights, testImage(next)), source: 'test' });
  };

  const probs = shown?.probs ?? null;
  const read = probs ? argMax(probs) : null;
  const maxCell = confusion ? Math.max(...confusion.flat()) : 1;

  return (
    <section class="dp" aria-label={t.digitsTitle}>
      <h3 class="tl-h">{t.digitsTitle}</h3>
      <div class="dp-row">
        <div class="dp-col">
          <h4 class="dp-h">{t.draw}</h4>
          <canvas
            ref={pad}
            class="dp-pad"
            width={PAD}
            height={PAD}
            role="img"
            aria-label={t.drawLabel}
            aria-disabled={outcome ? undefined : 'true'}
            data-ready={outcome ? 'true' : 'false'}
            onPointerDown={onDown}
            onPointerMove={onMove}
            onPointerUp={onUp}
            onPointerCancel={onUp}
          />
          <p class="dp-note" role="status" data-result="pad-note">
            {padNote}
          </p>
          <button type="button" onClick={clear} disabled={!outcome}>
            {t.clear}
          </button>
        </div>
        <div class="dp-col">
          <h4 class="dp-h">{t.prediction}</h4>
          <p class="dp-read">
            <Result name="prediction" value={read === null ? '' : String(read)} text={read === null ? '' : String(read)} na={t.na} />
          </p>
          <output class="dp-probs" data-result="probabilities" data-value={probs ? JSON.stringify(probs) : ''} aria-label={t.probabilities}>
            <ol class="dp-bars">
              {Array.from({ length: 10 }, (_, d) => {
                const p = probs ? probs[d]! : 0;
                return (
                  <li key={d} class={d === read ? 'dp-top' : undefined}>
                    <span class="dp-digit">{d}</span>
                    <span class="dp-bar" aria-hidden="true">
                      {/* A transform, not a width: a reading while drawing changes no layout. */}
                      <span style={{ transform: `scaleX(${p.toFixed(3)})` }} />
                    </span>
                    <span class="dp-pct">{probs ? `${(p * 100).toFixed(1)}%` : t.na}</span>
                  </li>
                );
              })}
            </ol>
          </output>
        </div>
        <div class="dp-col">
          <h4 class="dp-h">{t.pick}</h4>
          {outcome && current ? (
            <>
              <Picture values={current} label={t.testDigit(index + 1, outcome.labels.length, outcome.labels[index]!, outcome.predictions[index]!)} size={112} />
              <p
                aria-live="polite"
                data-result="test-digit"
                data-value={JSON.stringify({ index, label: outcome.labels[index], read: outcome.predictions[index] })}
              >
                {t.testDigit(index + 1, outcome.labels.length, outcome.labels[index]!, outcome.predictions[index]!)}
              </p>
              <p class="tl-buttons">
                <button type="button" onClick={() => pick(index - 1)}>
                  {t.previous}
                </button>
                <button type="button" onClick={() => pick(index + 1)}>
                  {t.next}
                </button>
              </p>
            </>
          ) : (
            <p>{t.padBefore}</p>
          )}
        </div>
      </div>

      {confusion && stage >= 1 && (
        <>
          <div class="dp-scroll">
            <table class="dp-confusion" data-result="confusion" data-value={JSON.stringify(confusion)}>
              <caption>
                <strong>{t.confusion}.</strong> {t.confusionCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {t.trueDigit} \ {t.readDigit}
                  </th>
                  {confusion.map((_, d) => (
                    <th scope="col" key={d}>
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {confusion.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{r}</th>
                    {row.map((n, c) => (
                      <td key={c} class={r === c ? 'dp-diag' : undefined} style={{ '--v': String(n / maxCell) }}>
                        {n}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {confusion && stage >= 2 && (
        <>
          <h4 class="dp-h">{t.mistakes(wrong.length)}</h4>
          <ul class="dp-gallery" data-result="misclassified" data-value={String(wrong.length)}>
            {gallery.map(({ i, values }) => (
              <li key={i}>
                <Picture values={values} label={t.mistake(outcome!.labels[i]!, outcome!.predictions[i]!)} />
                <span>{t.mistake(outcome!.labels[i]!, outcome!.predictions[i]!)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {confusion && stage >= 3 && (
        <>
          <h4 class="dp-h">{t.weights}</h4>
          <ul class="dp-gallery" data-result="weights" data-value={String(weightPics.length)}>
            {weightPics.map(({ u, values }) => (
              <li key={u}>
                <Picture values={values} diverging label={t.unit(u)} />
                <span>{t.unit(u)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
