/**
 * The sinusoidal positional encoding (Vaswani et al. 2017, section 3.5) against values computed
 * independently with Python 3 and NumPy 2.4:
 * i = np.arange(d // 2); a = pos * base ** (-2 * i / d); out[0::2] = np.sin(a); out[1::2] = np.cos(a).
 */
import { describe, expect, it } from 'vitest';
import { positionalEncoding } from './positional-encoding';

const closeVec = (a: number[], b: number[], tol = 1e-12) => {
  expect(a).toHaveLength(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!), `entry ${i}`).toBeLessThan(tol));
};

describe('positional encoding', () => {
  it('the book’s default: position 2, width 8, base 10000 (NumPy)', () => {
    const r = positionalEncoding(2, 8);
    closeVec(r.encoding, [0.9092974268256817, -0.4161468365471424, 0.19866933079506122, 0.9800665778412416, 0.01999866669333308, 0.9998000066665778, 0.0019999986666669333, 0.9999980000006666]);
    closeVec(r.frequencies, [1, 0.1, 0.01, 0.001]);
    closeVec(r.angles, [2, 0.2, 0.02, 0.002]);
  });
  it('position 0 is [0, 1, 0, 1, …]', () => {
    expect(positionalEncoding(0, 4).encoding).toEqual([0, 1, 0, 1]);
  });
  it('another base: position 5, width 6, base 100 (NumPy)', () => {
    closeVec(positionalEncoding(5, 6, 100).encoding, [-0.9589242746631385, 0.28366218546322625, 0.8806428497839698, 0.47378072050724956, 0.23000171166476743, 0.9731902242785205]);
  });
  it('the paper’s width 512 at position 1000: first and last four entries (NumPy)', () => {
    const e = positionalEncoding(1000, 512).encoding;
    expect(e).toHaveLength(512);
    closeVec(e.slice(0, 4), [0.8268795405320025, 0.5623790762907029, -0.19148533180897132, -0.9814954751306845], 1e-10);
    closeVec(e.slice(-4), [0.10725407925689225, 0.9942316442775075, 0.10347773026533659, 0.9946317707268023], 1e-10);
  });
  it('each pair lies on the unit circle', () => {
    const e = positionalEncoding(123456, 64).encoding;
    for (let i = 0; i < 64; i += 2) expect(Math.abs(e[i]! ** 2 + e[i + 1]! ** 2 - 1)).toBeLessThan(1e-12);
  });
});
