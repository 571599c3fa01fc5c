/**
 * The exercise kinds built on the shared modules of the worked examples
 * (src/lib/maths/adam.ts, attention.ts, perplexity.ts, sampling.ts, positional-encoding.ts):
 * `adam-step`, `attention-weights`, `perplexity`, `sampling`, `positional-encoding`.
 * The answers come from those modules; the mistakes (for hints) are computed here,
 * each from its own wrong formula.
 */
import { adamSteps, type AdamInput } from '../maths/adam';
import { attentionWeights } from '../maths/attention';
import { perplexity } from '../maths/perplexity';
import { positionalEncoding } from '../maths/positional-encoding';
import { sampling } from '../maths/sampling';
import type { Rng } from '../maths/prng';
import { draw, drawNonZero, pick } from './draw';
import { texMatrix, texNum, texVec } from './format';
import type { KindSpec, Mistake } from './types';

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const intOpt = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : d);

// ---------- adam-step ----------

/** The Adam example's input, in the paper's form (the exercise fixes the form). */
export type AdamStepParams = Omit<AdamInput, 'form'>;

const adamOf = (p: AdamStepParams, over: Partial<AdamStepParams> = {}) => adamSteps({ ...p, ...over, form: 'paper' });

/** Adam without the bias correction (the mistake), `steps` steps with the same gradient. */
function adamUncorrected(p: AdamStepParams): number[] {
  let theta = [...p.theta];
  let m = p.theta.map(() => 0);
  let v = p.theta.map(() => 0);
  for (let t = 1; t <= p.steps; t++) {
    m = m.map((mi, i) => p.beta1 * mi + (1 - p.beta1) * p.grad[i]!);
    v = v.map((vi, i) => p.beta2 * vi + (1 - p.beta2) * p.grad[i]! ** 2);
    theta = theta.map((th, i) => th - (p.lr * m[i]!) / (Math.sqrt(v[i]!) + p.eps));
  }
  return theta;
}

export const ADAM_STEP: KindSpec<AdamStepParams> = {
  generate(rng, o) {
    const n = intOpt(o.n, 3);
    return {
      theta: times(n, () => draw(rng, -2, 2, 0.5)),
      grad: times(n, () => drawNonZero(rng, -3, 3, 0.5)),
      lr: pick(rng, [0.1, 0.2, 0.5]),
      beta1: 0.9,
      beta2: 0.999,
      eps: pick(rng, [1e-7, 1e-8]),
      steps: intOpt(o.steps, 1),
    };
  },
  answer: (p) => adamOf(p).theta,
  mistakes(p) {
    const out: Mistake[] = [
      { hint: 'no-bias-correction', value: adamUncorrected(p) },
      { hint: 'gradient-sign', value: adamOf(p, { grad: p.grad.map((g) => -g) }).theta },
      { hint: 'step-only', value: p.theta.map((th, i) => adamOf(p).theta[i]! - th) },
    ];
    if (p.steps > 1) out.push({ hint: 'one-step', value: adamOf(p, { steps: 1 }).theta });
    return out;
  },
  solution(p) {
    const r = adamOf(p);
    const t = p.steps;
    const lines = [
      `m_{${t}} = ${t === 1 ? `(1-\\beta_1)\\, g` : `(1-\\beta_1^{${t}})\\, g`} = ${texVec(r.m)},\\quad v_{${t}} = ${t === 1 ? `(1-\\beta_2)\\, g^2` : `(1-\\beta_2^{${t}})\\, g^2`} = ${texVec(r.v)}`,
      `\\hat{m}_{${t}} = \\frac{m_{${t}}}{1-\\beta_1^{${t}}} = ${texVec(r.mHat)},\\quad \\hat{v}_{${t}} = \\frac{v_{${t}}}{1-\\beta_2^{${t}}} = ${texVec(r.vHat)}`,
    ];
    if (t > 1) lines.push(`\\text{with a constant gradient every step is the same: } \\frac{\\alpha\\, \\hat{m}}{\\sqrt{\\hat{v}}+\\varepsilon} = \\frac{\\alpha\\, g}{|g| + \\varepsilon}`);
    lines.push(`\\theta_{${t}} = ${texVec(p.theta)} - ${t === 1 ? '' : `${t} \\cdot `}${texNum(p.lr)} \\cdot \\frac{g}{|g| + ${texNum(p.eps)}} = ${texVec(r.theta)}`);
    return lines;
  },
};

// ---------- attention-weights ----------

export interface AttentionParams {
  q: number[][];
  k: number[][];
  causal: boolean;
  row: number;
}

function softmax(xs: readonly number[]): number[] {
  const m = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export const ATTENTION: KindSpec<AttentionParams> = {
  generate(rng: Rng, o) {
    const causal = o.causal === true;
    const n = intOpt(o.tokens, 3);
    const d = intOpt(o.dk, 2);
    const mat = () => times(n, () => times(d, () => draw(rng, -2, 2, 1)));
    return { q: mat(), k: mat(), causal, row: causal ? 1 + rng.nextInt(n - 1) : rng.nextInt(n) };
  },
  answer: (p) => attentionWeights(p.q, p.k, p.causal).weights[p.row]!,
  mistakes(p) {
    const d = p.q[0]!.length;
    const unscaled = attentionWeights(
      p.q.map((r) => r.map((x) => x * Math.sqrt(d))),
      p.k,
      p.causal,
    ).weights[p.row]!;
    const s = attentionWeights(p.q, p.k, p.causal).scores;
    const out: Mistake[] = [
      { hint: 'no-scaling', value: unscaled },
      { hint: 'scores', value: s[p.row]!.map((x) => x ?? 0) },
    ];
    if (p.causal) out.push({ hint: 'no-mask', value: attentionWeights(p.q, p.k, false).weights[p.row]! });
    else {
      const full = attentionWeights(p.q, p.k, false).scores as number[][];
      // Softmax down column `row` (over the queries) instead of along the row.
      out.push({ hint: 'column-softmax', value: softmax(full.map((r) => r[p.row]!)) });
    }
    return out;
  },
  solution(p) {
    const d = p.q[0]!.length;
    const r = attentionWeights(p.q, p.k, p.causal);
    const row = r.scores[p.row]!;
    const exps = row.map((x) => (x === null ? '0' : `e^{${texNum(x, 4)}}`));
    return [
      `S = \\frac{QK^\\top}{\\sqrt{${d}}} = ${texMatrix(r.scores)}${p.causal ? '\\quad(\\text{masked: } -\\infty)' : ''}`,
      `\\mathrm{softmax}(S_{${p.row}}) = \\frac{[${exps.join(', ')}]}{${exps.filter((e) => e !== '0').join(' + ')}} = ${texVec(r.weights[p.row]!)}`,
    ];
  },
};

// ---------- perplexity ----------

export interface PerplexityParams {
  p: number[];
}

export const PERPLEXITY: KindSpec<PerplexityParams> = {
  generate: (rng, o) => ({ p: times(intOpt(o.n, 4), () => draw(rng, 0.05, 0.9, 0.05)) }),
  answer: (p) => perplexity(p.p).perplexity,
  mistakes(p) {
    const r = perplexity(p.p);
    return [
      { hint: 'loss-not-perplexity', value: r.loss },
      { hint: 'no-root', value: 1 / p.p.reduce((a, b) => a * b, 1) },
      { hint: 'arithmetic-mean', value: p.p.reduce((a, b) => a + 1 / b, 0) / p.p.length },
      { hint: 'inverse', value: Math.exp(-r.loss) },
      { hint: 'log2', value: 2 ** r.loss },
    ];
  },
  solution(p) {
    const r = perplexity(p.p);
    const n = p.p.length;
    return [
      `\\mathrm{PPL} = \\exp\\Big(-\\frac{1}{${n}}\\sum_i \\ln p_i\\Big) = \\exp\\Big(-\\frac{1}{${n}}\\big(${p.p.map((x) => `\\ln ${texNum(x)}`).join(' + ')}\\big)\\Big)`,
      `= \\exp(${texNum(r.loss)}) \\approx ${texNum(r.perplexity)}`,
    ];
  },
};

// ---------- sampling (temperature, then top-p) ----------

export interface SamplingParams {
  logits: number[];
  temperature: number;
  p: number;
}

/** The tokens before the one that crosses p (the mistake of leaving it out), in the order top-p visits them. */
function nucleusWithoutCrossing(q: readonly number[], p: number): number[] {
  const order = q.map((_, i) => i).sort((a, b) => q[b]! - q[a]! || a - b);
  const out: number[] = [];
  let cum = 0;
  for (const i of order) {
    cum += q[i]!;
    if (cum >= p) break;
    out.push(i);
  }
  return out;
}

export const SAMPLING: KindSpec<SamplingParams> = {
  generate: (rng, o) => ({
    logits: times(intOpt(o.n, 4), () => draw(rng, -2, 3, 0.5)),
    temperature: pick(rng, [0.5, 0.8, 2]),
    p: pick(rng, [0.5, 0.6, 0.75, 0.8, 0.9]),
  }),
  answer: (p) => sampling(p.logits, p.temperature, undefined, p.p).probabilities,
  mistakes(p) {
    const r = sampling(p.logits, p.temperature, undefined, p.p);
    const out: Mistake[] = [
      { hint: 'no-renormalization', value: r.softmax.map((x, i) => (r.kept.includes(i) ? x : 0)) },
      { hint: 'temperature-multiplied', value: sampling(p.logits, 1 / p.temperature, undefined, p.p).probabilities },
      { hint: 'no-temperature', value: sampling(p.logits, 1, undefined, p.p).probabilities },
      { hint: 'no-truncation', value: r.softmax },
    ];
    const short = nucleusWithoutCrossing(r.softmax, p.p);
    if (short.length > 0) {
      const sum = short.reduce((a, i) => a + r.softmax[i]!, 0);
      out.push({ hint: 'crossing-token', value: r.softmax.map((x, i) => (short.includes(i) ? x / sum : 0)) });
    }
    return out;
  },
  solution(p) {
    const r = sampling(p.logits, p.temperature, undefined, p.p);
    const order = r.softmax.map((_, i) => i).sort((a, b) => r.softmax[b]! - r.softmax[a]! || a - b);
    let cum = 0;
    const sums = order.slice(0, r.kept.length).map((i) => texNum((cum += r.softmax[i]!), 4));
    const kept = r.kept.map(String).join(', ');
    const sum = r.kept.reduce((a, i) => a + r.softmax[i]!, 0);
    return [
      `\\mathrm{softmax}(\\ell / ${texNum(p.temperature)}) = ${texVec(r.softmax, 4)}`,
      // Language-neutral: the running sums of the probabilities, most probable first (p₍₁₎ ≥ p₍₂₎ ≥ …), and the tokens kept.
      `\\textstyle\\sum_{j \\le m} p_{(j)} = ${sums.join(',\\ ')} \\ge ${texNum(p.p)}`,
      `\\Rightarrow\\; \\{${kept}\\}`,
      `p = \\frac{1}{${texNum(sum, 4)}}\\, ${texVec(r.softmax.map((x, i) => (r.kept.includes(i) ? x : 0)), 4)} = ${texVec(r.probabilities, 4)}`,
    ];
  },
};

// ---------- positional-encoding ----------

export interface PositionalEncodingParams {
  pos: number;
  dim: number;
  index: number;
}

const BASE = 10000;

export const POSITIONAL_ENCODING: KindSpec<PositionalEncodingParams> = {
  generate(rng) {
    const dim = pick(rng, [4, 6, 8, 16]);
    return { pos: 1 + rng.nextInt(50), dim, index: rng.nextInt(dim) };
  },
  answer: (p) => positionalEncoding(p.pos, p.dim, BASE).encoding[p.index]!,
  mistakes(p) {
    const i = Math.floor(p.index / 2);
    const angle = p.pos * BASE ** (-(2 * i) / p.dim);
    const odd = p.index % 2 === 1;
    return [
      { hint: 'sin-cos-swapped', value: odd ? Math.sin(angle) : Math.cos(angle) },
      // The index itself used as i in the exponent (2·index/d instead of 2·⌊index/2⌋/d).
      { hint: 'pair-index', value: (odd ? Math.cos : Math.sin)(p.pos * BASE ** (-(2 * p.index) / p.dim)) },
      { hint: 'degrees', value: (odd ? Math.cos : Math.sin)((angle * Math.PI) / 180) },
      { hint: 'exponent-sign', value: (odd ? Math.cos : Math.sin)(p.pos * BASE ** ((2 * i) / p.dim)) },
    ];
  },
  solution(p) {
    const i = Math.floor(p.index / 2);
    const w = BASE ** (-(2 * i) / p.dim);
    const f = p.index % 2 === 0 ? '\\sin' : '\\cos';
    return [
      `i = \\lfloor ${p.index} / 2 \\rfloor = ${i}`,
      `\\omega_{${i}} = 10000^{-2 \\cdot ${i} / ${p.dim}} = ${texNum(w)}`,
      `PE_{(${p.pos},\\,${p.index})} = ${f}(${p.pos} \\cdot ${texNum(w)}) = ${f}(${texNum(p.pos * w)}) = ${texNum(positionalEncoding(p.pos, p.dim, BASE).encoding[p.index]!)}`,
    ];
  },
};

export const LM_KINDS = {
  'adam-step': ADAM_STEP,
  'attention-weights': ATTENTION,
  perplexity: PERPLEXITY,
  sampling: SAMPLING,
  'positional-encoding': POSITIONAL_ENCODING,
} as const;
