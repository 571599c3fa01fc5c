/** The `positional-encoding` worked example (chapter 3, positional-encoding): fields, validation, terms, formula. */
import { positionalEncoding } from '../maths/positional-encoding';
import type { ExampleError } from './messages';
import { aligned, finiteOutcome, n, parseFields, table, truncNote, vec, type ExampleDef, type Outcome, type RawValues } from './example-kit';

/**
 * Positions 0 to 1,000,000: beyond the context lengths of current models, and small enough that
 * pos·ωᵢ (at most 10⁶ rad) keeps its sine and cosine accurate to about 10⁻¹⁰ in float64.
 */
export const MAX_POSITION = 1_000_000;
/** Widths 2 to 512 (the paper's d_model is 512). */
export const MAX_DIM = 512;

const FIELDS: ExampleDef['fields'] = [
  { name: 'position', kind: 'int', default: '2', min: 0, max: MAX_POSITION, label: { en: 'Position pos (0 = the first token)', zh: '位置 pos（0 为第一个词元）' }, symbol: '\\mathrm{pos}' },
  { name: 'dim', kind: 'int', default: '8', min: 2, max: MAX_DIM, label: { en: 'Width d (even: the length of the vector)', zh: '宽度 d（偶数：向量的长度）' }, symbol: 'd' },
  { name: 'base', kind: 'number', default: '10000', label: { en: 'Base (10000 in the original Transformer)', zh: '底数（原始 Transformer 中为 10000）' }, symbol: 'b' },
];

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  const bad: ExampleError[] = [...errors];
  const dim = v.dim as number | undefined;
  const base = v.base as number | undefined;
  if (dim !== undefined && dim % 2 !== 0) bad.push({ field: 'dim', kind: 'odd-dim', value: dim });
  if (base !== undefined && !(base > 1)) bad.push({ field: 'base', kind: 'base-range' });
  if (bad.length > 0) return { ok: false, errors: bad };
  const pos = v.position as number;
  const d = dim!;
  const b = base!;
  const r = positionalEncoding(pos, d, b);
  const half = d / 2;
  return finiteOutcome(
    {
      results: { encoding: r.encoding },
      // Entries for the prose (<Value example="positional-encoding" result="encoding-0" />) and the pair's angles.
      extras: { ...Object.fromEntries(r.encoding.slice(0, 8).map((x, i) => [`encoding-${i}`, x])), frequencies: r.frequencies, angles: r.angles },
      // One row per pair i: ωᵢ, the angle, then the two entries it fills (the first 12 pairs are shown).
      terms: { ...table(['\\omega_i = b^{-2i/d}', '\\mathrm{pos}\\cdot\\omega_i', 'PE_{2i} = \\sin(\\mathrm{pos}\\,\\omega_i)', 'PE_{2i+1} = \\cos(\\mathrm{pos}\\,\\omega_i)'], [r.frequencies, r.angles, r.encoding.filter((_, j) => j % 2 === 0), r.encoding.filter((_, j) => j % 2 === 1)]), indexBase: 0 },
      // One relation per line.
      tex: aligned([
        `\\omega_i &= ${n(b)}^{-2i/${d}},\\quad i = 0, \\ldots, ${half - 1}`,
        `PE_{(${pos},\\,2i)} &= \\sin(${pos}\\,\\omega_i)`,
        `PE_{(${pos},\\,2i+1)} &= \\cos(${pos}\\,\\omega_i)`,
        `PE_{${pos}} &= ${vec(r.encoding.map((x) => Number(x.toPrecision(4))))}`,
      ]),
      notes: truncNote(half),
    },
    'base',
  );
}

export const POSITIONAL_ENCODING_EXAMPLE: ExampleDef = {
  name: 'positional-encoding',
  param: 'pe',
  title: { en: 'Sinusoidal positional encoding', zh: '正弦位置编码' },
  fields: FIELDS,
  compute,
};
