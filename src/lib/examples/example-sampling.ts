/** The `sampling` worked example (chapter 3, decoding): fields, validation, terms, formula. */
import { sampling } from '../maths/sampling';
import type { ExampleError } from './messages';
import { aligned, finiteOutcome, n, parseFields, table, truncNote, type ExampleDef, type Outcome, type RawValues } from './example-kit';
import { formatNumber } from '../maths/numbers';

/** At most 64 logits: enough for every case a reader works by hand, and a table and formula that stay readable. */
export const MAX_LOGITS = 64;

const FIELDS: ExampleDef['fields'] = [
  {
    name: 'logits',
    kind: 'list',
    default: '2, 1, 0.5, 0, -1',
    maxCount: MAX_LOGITS,
    label: { en: 'Logits ℓᵢ (one score per token, token 0 first)', zh: 'logit ℓᵢ（每个词元一个分数，从词元 0 开始）' },
    symbol: '\\ell',
  },
  { name: 'temperature', kind: 'rate', default: '0.8', label: { en: 'Temperature T', zh: '温度 T' }, symbol: 'T' },
  {
    name: 'top-k',
    kind: 'int',
    default: '4',
    min: 1,
    max: MAX_LOGITS,
    optional: true,
    label: { en: 'Top-k (optional: keep the k most probable tokens)', zh: 'top-k（可选：只保留概率最高的 k 个词元）' },
    symbol: 'k',
  },
  {
    name: 'top-p',
    kind: 'number',
    default: '0.9',
    optional: true,
    label: { en: 'Top-p (optional: keep the most probable tokens up to cumulative probability p)', zh: 'top-p（可选：按概率从高到低保留词元，直到累计概率达到 p）' },
    symbol: 'p',
  },
];

/**
 * `lhs &= [v₀, v₁, …]` with four significant digits and at most six entries shown, as aligned lines:
 * one line when it is short (the book's values), else three entries a line, so that it fits the column.
 */
function vecLines(lhs: string, xs: readonly number[]): string[] {
  const f = (x: number) => n(Number(formatNumber(x, 4)));
  const show = xs.length <= 6 ? xs.map(f) : [...xs.slice(0, 3).map(f), '\\ldots', ...xs.slice(-2).map(f)];
  if (show.join(', ').length <= 44) return [`${lhs} &= [${show.join(', ')}]`];
  const lines: string[] = [];
  for (let i = 0; i < show.length; i += 3) {
    const part = show.slice(i, i + 3).join(', ');
    lines.push(`${i === 0 ? `${lhs} &= [` : '&\\qquad '}${part}${i + 3 >= show.length ? ']' : ','}`);
  }
  return lines;
}

/** A set of token indices in TeX, shortened when long. */
function set(xs: readonly number[]): string {
  const show = xs.length <= 6 ? xs.map(String) : [...xs.slice(0, 3).map(String), '\\ldots', ...xs.slice(-2).map(String)];
  return `\\{${show.join(', ')}\\}`;
}

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  const bad: ExampleError[] = [...errors];
  const logits = v.logits as number[] | undefined;
  const T = v.temperature as number | undefined;
  const k = v['top-k'] as number | undefined;
  const p = v['top-p'] as number | undefined;
  if (logits && k !== undefined && k > logits.length) bad.push({ field: 'top-k', kind: 'top-k-range', k, n: logits.length });
  if (p !== undefined && !(p > 0 && p <= 1)) bad.push({ field: 'top-p', kind: 'top-p-range' });
  if (bad.length > 0 || !logits || T === undefined) return { ok: false, errors: bad };
  // ℓᵢ/T must be finite: a tiny temperature (or huge logits) would overflow it.
  if (logits.some((l) => !Number.isFinite(l / T))) return { ok: false, errors: [T < 1 ? { field: 'temperature', kind: 'overflow', larger: true } : { field: 'logits', kind: 'overflow' }] };
  const r = sampling(logits, T, k, p);
  const N = logits.length;
  const lines = [
    `p_i &= \\frac{e^{\\ell_i / T}}{\\sum_j e^{\\ell_j / T}},\\quad T = ${n(T)}`,
    ...vecLines('\\mathrm{softmax}(\\ell / T)', r.softmax),
  ];
  if (k !== undefined) lines.push(`\\text{top-}k,\\ k = ${k}\\!: \\text{ kept} &= ${set(r.keptTopK)}`, ...vecLines('p^{(k)}', r.afterTopK));
  if (p !== undefined) lines.push(`\\text{top-}p,\\ p = ${n(p)}\\!: \\text{ kept} &= ${set(r.kept)}`);
  lines.push(...vecLines('p', r.probabilities), `H = -\\textstyle\\sum_i p_i \\ln p_i &= ${n(r.entropy)}\\ \\text{nats}`);
  return finiteOutcome(
    {
      results: { probabilities: r.probabilities, kept: r.kept, entropy: r.entropy },
      extras: { softmax: r.softmax, 'after-top-k': r.afterTopK, scaled: r.scaled, 'kept-count': r.kept.length },
      terms: { ...table(['\\ell_i / T', '\\mathrm{softmax}', '\\text{after top-}k', 'p_i'], [r.scaled, r.softmax, r.afterTopK, r.probabilities]), indexBase: 0 },
      tex: aligned(lines),
      notes: truncNote(N),
    },
    'logits',
  );
}

export const SAMPLING_EXAMPLE: ExampleDef = {
  name: 'sampling',
  title: { en: 'Temperature, top-k and top-p sampling', zh: '温度、top-k 与 top-p 采样' },
  fields: FIELDS,
  compute,
};
