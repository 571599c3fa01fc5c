import { describe, expect, it } from 'vitest';
import {
  centreDigit,
  centreOfMass,
  classCounts,
  decodeDigits,
  DIGITS,
  digitsFileName,
  inkCrop,
  extendInk,
  inkOf,
  encodeDigits,
  encodedLength,
  FIT_BOX,
  packageValue,
  splitDigits,
  toBytes,
  toFloat,
} from './digits';
import { createRng } from '../maths/prng';

/** Byte-wise equality (vitest's deep equality is slow on megabytes). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

/** A small fake package: class c has 110 + 3c images whose first pixel is c and second the index. */
function fakePackage(): Uint8Array[] {
  return Array.from({ length: 10 }, (_, c) => {
    const n = 110 + 3 * c;
    const a = new Uint8Array(n * DIGITS.pixels);
    for (let i = 0; i < n; i++) {
      a[i * DIGITS.pixels] = c;
      a[i * DIGITS.pixels + 1] = i;
      a[i * DIGITS.pixels + 2] = (i * 7 + c) & 255;
    }
    return a;
  });
}

describe('digits converter', () => {
  it('turns the package values back into the bytes they came from', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, k) => k);
    const values = Array.from(bytes, packageValue);
    expect(values[255]).toBe(1);
    expect(values[51]).toBe(0.2);
    expect(Array.from(toBytes(values))).toEqual(Array.from(bytes));
    expect(() => toBytes([0, 1.5])).toThrow(RangeError);
    expect(() => toBytes([Number.NaN])).toThrow(RangeError);
  });

  it('splits 100 per class into the test set, the rest into training, each image once', () => {
    const pkg = fakePackage();
    const total = pkg.reduce((s, a) => s + a.length / DIGITS.pixels, 0);
    const { train, test } = splitDigits(pkg);
    expect(test.count).toBe(1000);
    expect(train.count).toBe(total - 1000);
    expect(classCounts(test)).toEqual(new Array(10).fill(100));
    expect(classCounts(train)).toEqual(Array.from({ length: 10 }, (_, c) => 10 + 3 * c));
    // Every image exactly once, with its own label.
    const seen = new Set<string>();
    for (const set of [train, test]) {
      for (let i = 0; i < set.count; i++) {
        const c = set.pixels[i * DIGITS.pixels]!;
        expect(set.labels[i]).toBe(c);
        seen.add(`${c}/${set.pixels[i * DIGITS.pixels + 1]}`);
      }
    }
    expect(seen.size).toBe(total);
  });

  it('is fixed by its seed: the same seed gives the same split, another seed a different one', () => {
    const a = splitDigits(fakePackage());
    expect(same(encodeDigits(splitDigits(fakePackage())), encodeDigits(a))).toBe(true);
    expect(same(encodeDigits(splitDigits(fakePackage(), 7)), encodeDigits(a))).toBe(false);
    // The training order is shuffled, not class after class.
    expect(Array.from(a.train.labels.subarray(0, 20))).not.toEqual([...a.train.labels.subarray(0, 20)].sort());
  });

  it('refuses classes with too few images or a partial image', () => {
    const pkg = fakePackage();
    pkg[3] = new Uint8Array(100 * DIGITS.pixels);
    expect(() => splitDigits(pkg)).toThrow(/class 3/);
    const partial = fakePackage();
    partial[2] = new Uint8Array(120 * DIGITS.pixels + 5);
    expect(() => splitDigits(partial)).toThrow(/class 2/);
    expect(() => splitDigits(fakePackage().slice(0, 9))).toThrow(/10 classes/);
  });

  it('round-trips through the file layout', () => {
    const split = splitDigits(fakePackage());
    const bytes = encodeDigits(split);
    expect(bytes.length).toBe(encodedLength(split.train.count, split.test.count));
    const back = decodeDigits(bytes, split.train.count, split.test.count);
    expect(same(back.train.labels, split.train.labels)).toBe(true);
    expect(same(back.train.pixels, split.train.pixels)).toBe(true);
    expect(same(back.test.labels, split.test.labels)).toBe(true);
    expect(same(back.test.pixels, split.test.pixels)).toBe(true);
    expect(() => decodeDigits(bytes.subarray(1), split.train.count, split.test.count)).toThrow(/bytes/);
    const badLabel = bytes.slice();
    badLabel[0] = 10;
    expect(() => decodeDigits(badLabel, split.train.count, split.test.count)).toThrow(/label/);
  });

  it('gives float inputs in [0, 1] and integer labels for the first N digits', () => {
    const { train } = splitDigits(fakePackage());
    const { x, y } = toFloat(train, 5);
    expect(x.length).toBe(5 * DIGITS.pixels);
    expect(y.length).toBe(5);
    expect(x[0]).toBeCloseTo(train.pixels[0]! / 255, 6);
    expect(Array.from(y)).toEqual(Array.from(train.labels.subarray(0, 5)));
  });

  it('names the file after its hash', () => {
    expect(digitsFileName('ab'.repeat(32))).toBe('digits-abababababababab.bin.gz');
  });
});

describe('centring a drawing like MNIST', () => {
  const canvas = (w: number, h: number, ink: (x: number, y: number) => number) => {
    const a = new Float32Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) a[y * w + x] = ink(x, y);
    return a;
  };
  const box = (img: Float32Array) => {
    let x0 = 28, y0 = 28, x1 = -1, y1 = -1;
    for (let y = 0; y < 28; y++)
      for (let x = 0; x < 28; x++)
        if (img[y * 28 + x]! > 0) {
          x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
        }
    return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
  };

  it('returns null for an empty drawing', () => {
    expect(centreDigit(new Float32Array(280 * 280), 280, 280)).toBeNull();
    expect(() => centreDigit(new Float32Array(10), 5, 5)).toThrow(RangeError);
  });

  it('scales a small square in a corner to 20×20 and moves it to the centre', () => {
    const img = centreDigit(canvas(280, 280, (x, y) => (x >= 10 && x < 60 && y >= 200 && y < 250 ? 1 : 0)), 280, 280)!;
    expect(img).toHaveLength(784);
    expect(box(img)).toEqual({ w: FIT_BOX, h: FIT_BOX });
    const c = centreOfMass(img)!;
    expect(c.x).toBeCloseTo(14, 5);
    expect(c.y).toBeCloseTo(14, 5);
    expect(Math.max(...img)).toBe(1);
  });

  it('keeps the aspect ratio: a tall stroke becomes 20 high and narrow', () => {
    const img = centreDigit(canvas(200, 200, (x, y) => (x >= 100 && x < 110 && y >= 20 && y < 120 ? 1 : 0)), 200, 200)!;
    expect(box(img)).toEqual({ w: 2, h: 20 });
  });

  it('centres by centre of mass, not by bounding box', () => {
    // An L: a long vertical bar and a short foot; the mass sits left of the box centre.
    const img = centreDigit(canvas(100, 100, (x, y) => ((x >= 10 && x < 20 && y >= 10 && y < 90) || (x >= 10 && x < 90 && y >= 80 && y < 90) ? 1 : 0)), 100, 100)!;
    const c = centreOfMass(img)!;
    expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(0.5);
    // The bounding box is not centred: its left edge is nearer the middle than a centred 20-px box's (4).
    let left = 28;
    for (let i = 0; i < 784; i++) if (img[i]! > 0) left = Math.min(left, i % 28);
    expect(left).toBeGreaterThan(4);
  });

  it('works on a 28×28 drawing too, and agrees with the data (a real digit stays where it is, within a pixel)', () => {
    // A random blob in the middle of a 28×28 image, already about 20 px.
    const rng = createRng(5);
    const src = canvas(28, 28, (x, y) => ((x - 14) ** 2 / 64 + (y - 14) ** 2 / 100 <= 1 ? 0.5 + 0.5 * rng.nextFloat() : 0));
    const img = centreDigit(src, 28, 28)!;
    const c = centreOfMass(img)!;
    expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(0.5);
  });
});

describe('the part of the pad to read', () => {
  it('grows the strokes\' box segment by segment', () => {
    const a = extendInk(null, { x: 10, y: 40 }, { x: 30, y: 20 });
    expect(a).toEqual({ x0: 10, y0: 20, x1: 30, y1: 40 });
    expect(extendInk(a, { x: 30, y: 20 }, { x: 5, y: 25 })).toEqual({ x0: 5, y0: 20, x1: 30, y1: 40 });
    expect(extendInk(a, { x: 12, y: 22 }, { x: 14, y: 24 })).toEqual(a);
  });

  it('reads the ink from the alpha channel', () => {
    const ink = [...inkOf([0, 0, 0, 255, 9, 9, 9, 0, 1, 2, 3, 51])];
    expect(ink).toHaveLength(3);
    [1, 0, 0.2].forEach((v, i) => expect(ink[i]).toBeCloseTo(v, 6));
  });

  it('is the strokes\' box grown by the margin, clipped to the pad', () => {
    expect(inkCrop({ x0: 100, y0: 50.5, x1: 120, y1: 200 }, 12, 280, 280)).toEqual({ x: 88, y: 38, w: 44, h: 174 });
    expect(inkCrop({ x0: 3, y0: 270, x1: 3, y1: 279 }, 12, 280, 280)).toEqual({ x: 0, y: 258, w: 15, h: 22 });
    expect(inkCrop(null, 12, 280, 280)).toBeNull();
    expect(inkCrop({ x0: 400, y0: 400, x1: 410, y1: 410 }, 2, 280, 280)).toBeNull();
  });

  it('gives centreDigit the same image as the whole pad', () => {
    const W = 280;
    const pad = new Float32Array(W * W);
    // A thick diagonal stroke from (90, 60) to (150, 220), radius 10, with a soft edge.
    for (let y = 0; y < W; y++)
      for (let x = 0; x < W; x++) {
        const t = Math.max(0, Math.min(1, ((x - 90) * 60 + (y - 60) * 160) / (60 * 60 + 160 * 160)));
        const d = Math.hypot(x - (90 + 60 * t), y - (60 + 160 * t));
        pad[y * W + x] = Math.max(0, Math.min(1, 10.5 - d));
      }
    const r = inkCrop({ x0: 90, y0: 60, x1: 150, y1: 220 }, 12, W, W)!;
    const crop = new Float32Array(r.w * r.h);
    for (let y = 0; y < r.h; y++) for (let x = 0; x < r.w; x++) crop[y * r.w + x] = pad[(r.y + y) * W + r.x + x]!;
    expect(Array.from(centreDigit(crop, r.w, r.h, 0.05)!)).toEqual(Array.from(centreDigit(pad, W, W, 0.05)!));
  });
});
