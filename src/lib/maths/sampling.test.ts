/**
 * Temperature, top-k and top-p against values computed independently with Python 3 and NumPy 2.4
 * (softmax of ℓ/T with the maximum subtracted; indices sorted by (−p, index); top-k then top-p on the
 * renormalized rest, the token that crosses p included; renormalized; −Σ p ln p). The script:
 * z = np.array(l)/T; q = np.exp(z - z.max()); q /= q.sum(); order = sorted(range(n), key=lambda i: (-q[i], i)) …
 */
import { describe, expect, it } from 'vitest';
import { sampling } from './sampling';

const closeVec = (a: number[], b: number[], tol = 1e-12) => {
  expect(a).toHaveLength(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!), `entry ${i}`).toBeLessThan(tol));
};

describe('sampling', () => {
  it('the book’s default: ℓ = [2, 1, 0.5, 0, −1], T = 0.8, top-k 4, top-p 0.9 (NumPy)', () => {
    const r = sampling([2, 1, 0.5, 0, -1], 0.8, 4, 0.9);
    closeVec(r.softmax, [0.6470554896698132, 0.18538450162512063, 0.09922917316514315, 0.05311354897913278, 0.015217286560790192]);
    closeVec(r.afterTopK, [0.6570540697349027, 0.18824914277555943, 0.10076250507952131, 0.05393428241001659, 0]);
    closeVec(r.probabilities, [0.6945120804172974, 0.19898104251690577, 0.10650687706579692, 0, 0]);
    expect(r.keptTopK).toEqual([0, 1, 2, 3]);
    expect(r.kept).toEqual([0, 1, 2]);
    expect(Math.abs(r.entropy - 0.8129724201741656)).toBeLessThan(1e-12);
  });
  it('no truncation: plain softmax at T = 1, entropy 1.2064892076220268 nats (NumPy)', () => {
    const r = sampling([2, 1, 0.5, 0, -1], 1);
    closeVec(r.probabilities, [0.5630212318141845, 0.20712393612745927, 0.1256270176216652, 0.07619663787579924, 0.028031176560891775]);
    expect(r.kept).toEqual([0, 1, 2, 3, 4]);
    expect(Math.abs(r.entropy - 1.2064892076220268)).toBeLessThan(1e-12);
  });
  it('ties keep the lower index: top-k 2 of [1, 1, 1, 0] keeps tokens 0 and 1', () => {
    const r = sampling([1, 1, 1, 0], 1, 2);
    closeVec(r.probabilities, [0.5, 0.5, 0, 0]);
    expect(r.kept).toEqual([0, 1]);
    expect(Math.abs(r.entropy - Math.LN2)).toBeLessThan(1e-12);
  });
  it('top-p includes the token that crosses p: [1, 1, 0] with p = 0.5 keeps 0 (0.422 < 0.5) and 1', () => {
    const r = sampling([1, 1, 0], 1, undefined, 0.5);
    expect(r.kept).toEqual([0, 1]);
    closeVec(r.probabilities, [0.5, 0.5, 0]);
  });
  it('a low temperature sharpens: [3, 1, 0] at T = 0.5, p = 0.95 keeps the top token only, entropy 0', () => {
    const r = sampling([3, 1, 0], 0.5, undefined, 0.95);
    expect(r.kept).toEqual([0]);
    expect(r.probabilities).toEqual([1, 0, 0]);
    expect(r.entropy).toBe(0);
  });
  it('p = 1 keeps every token; equal logits give a uniform distribution, entropy ln n', () => {
    const r = sampling([0, 0, 0, 0], 2, undefined, 1);
    expect(r.kept).toEqual([0, 1, 2, 3]);
    closeVec(r.probabilities, [0.25, 0.25, 0.25, 0.25]);
    expect(Math.abs(r.entropy - Math.log(4))).toBeLessThan(1e-12);
  });
  it('stable: huge logits and a tiny temperature never give NaN', () => {
    const r = sampling([1000, 999, -1000], 0.001);
    expect(r.probabilities.every(Number.isFinite)).toBe(true);
    expect(r.probabilities).toEqual([1, 0, 0]);
    const s = sampling([1e300, -1e300], 1);
    expect(s.probabilities).toEqual([1, 0]);
    expect(Number.isFinite(s.entropy)).toBe(true);
  });
  it('top-k = 1 is greedy decoding', () => {
    const r = sampling([0.3, 2.5, -1, 2.5], 1.3, 1);
    expect(r.kept).toEqual([1]);
    expect(r.probabilities).toEqual([0, 1, 0, 0]);
  });
});
