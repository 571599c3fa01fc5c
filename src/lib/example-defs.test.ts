/**
 * The adam, attention and perplexity examples: defaults, parsing and every bad
 * input of issue 15, with the messages in both languages (naming the field and,
 * for matrices, the row).
 */
import { describe, expect, it } from 'vitest';
import { ADAM_EXAMPLE } from './example-adam';
import { ATTENTION_EXAMPLE } from './example-attention';
import { PERPLEXITY_EXAMPLE } from './example-perplexity';
import { defaultsOf, type ExampleDef } from './example-kit';
import { resultOf, valueOf } from './example-registry';
import { formatError } from './messages';
import { parseMatrix } from './numbers';

const run = (def: ExampleDef, raw: Record<string, string>) => def.compute({ ...defaultsOf(def.fields), ...raw });
const text = (def: ExampleDef, raw: Record<string, string>, lang: 'en' | 'zh' = 'en') => {
  const o = run(def, raw);
  expect(o.ok).toBe(false);
  return o.ok ? [] : o.errors.map((e) => formatError(e, lang, def.fields.find((f) => f.name === e.field)!.label[lang]));
};

describe('parseMatrix', () => {
  it('rows by ";", values by ","; a trailing ";" and spaces are fine', () => {
    expect(parseMatrix('1,0; 0,1 ;1, 1;')).toEqual({ ok: true, value: [[1, 0], [0, 1], [1, 1]] });
  });
  it('names the row and the item of a non-number', () => {
    expect(parseMatrix('1,0;0,x')).toMatchObject({ ok: false, error: { code: 'not-a-number', row: 2, index: 2, token: 'x' } });
  });
  it('ragged rows, empty rows, too many rows or values', () => {
    expect(parseMatrix('1,2;3')).toMatchObject({ ok: false, error: { code: 'ragged', row: 2, count: 1, expected: 2 } });
    expect(parseMatrix('1,2;;3,4')).toMatchObject({ ok: false, error: { code: 'empty-row', row: 2 } });
    expect(parseMatrix(Array.from({ length: 65 }, () => '1').join(';'))).toMatchObject({ ok: false, error: { code: 'too-many-rows', max: 64 } });
    expect(parseMatrix(Array.from({ length: 65 }, () => '1').join(','))).toMatchObject({ ok: false, error: { code: 'too-many-cols', row: 1, max: 64 } });
    expect(parseMatrix(Array.from({ length: 64 }, () => Array.from({ length: 64 }, () => '1').join(',')).join(';')).ok).toBe(true);
  });
});

describe('adam example', () => {
  it('defaults: the book’s numbers; every step ≈ α', () => {
    const r = resultOf('adam');
    const step = valueOf('adam', 'step-abs') as number[];
    step.forEach((s) => expect(Math.abs(s - 0.01)).toBeLessThan(2e-9)); // 0.01 · 0.1/(0.1 + 1e-8)
    expect(r.terms.rows).toHaveLength(5);
    expect(r.tex).toContain('\\hat{m}_{1}');
    expect(r.tex).toContain('0.99');
    expect(resultOf('adam', { form: 'keras' }).tex).toContain('\\alpha_{1}');
    expect(resultOf('adam', { steps: '3' }).tex).toContain('m_{3}');
  });
  it('β outside [0, 1), ε ≤ 0, steps outside 1–100, non-numbers, lengths', () => {
    expect(text(ADAM_EXAMPLE, { beta1: '1' })).toEqual(['“β₁ (first-moment decay)” must be at least 0 and less than 1']);
    expect(text(ADAM_EXAMPLE, { beta2: '-0.1' }, 'zh')).toEqual(['“β₂（二阶矩衰减率）”必须大于等于 0 且小于 1']);
    expect(text(ADAM_EXAMPLE, { eps: '0' })).toEqual(['“ε (epsilon)” must be a positive, finite number']);
    expect(text(ADAM_EXAMPLE, { eps: '-1e-8' })[0]).toContain('positive');
    expect(text(ADAM_EXAMPLE, { steps: '0' })).toEqual(['“Steps (constant gradient)” must be between 1 and 100']);
    expect(text(ADAM_EXAMPLE, { steps: '101' }, 'zh')).toEqual(['“步数（梯度不变）”必须在 1 到 100 之间']);
    expect(text(ADAM_EXAMPLE, { grad: '0.1, abc' })).toEqual(['“g (gradient)” item 2: “abc” is not a number']);
    expect(text(ADAM_EXAMPLE, { grad: '0.1, 0.2' })[0]).toContain('has 2 values but “θ” has 5');
    expect(text(ADAM_EXAMPLE, { form: 'sgd' })[0]).toContain('is not one of paper, keras');
  });
});

describe('attention example', () => {
  it('defaults: 3 × 3 scores and weights, 3 × 2 output; nothing masked', () => {
    const r = resultOf('attention');
    expect((r.results.scores as number[][]).flat().every((x) => x !== null)).toBe(true);
    expect(r.results.output as number[][]).toHaveLength(3);
    expect(r.matrices?.map((m) => m.key)).toEqual(['scores', 'weights', 'output']);
    expect(r.notes).toEqual([]);
  });
  it('causal: masked scores are null, weights 0, and a note explains blank cells', () => {
    const r = resultOf('attention', { causal: 'true' });
    expect((r.results.scores as (number | null)[][])[0]).toEqual([1 / Math.SQRT2, null, null]);
    expect((r.results.weights as number[][])[0]).toEqual([1, 0, 0]);
    expect(r.notes).toEqual([{ kind: 'masked' }]);
    // the weights table shows masked cells blank too (null in the view, 0 in the result)
    expect(r.matrices?.find((m) => m.key === 'weights')?.rows[0]).toEqual([1, null, null]);
    expect(JSON.stringify(r.results.scores)).toContain('null');
  });
  it('non-numbers and ragged matrices name the field and the row', () => {
    expect(text(ATTENTION_EXAMPLE, { q: '1,0;0,y;1,1' })).toEqual(['“Q (queries, one row per position)” row 2, item 2: “y” is not a number']);
    expect(text(ATTENTION_EXAMPLE, { q: '1,0;0,y;1,1' }, 'zh')).toEqual(['“Q（查询，每个位置一行）”第 2 行第 2 项“y”不是数字']);
    expect(text(ATTENTION_EXAMPLE, { v: '1,2;3;5,6' })).toEqual([
      '“V (values, one row per key)” row 2 has 1 value but row 1 has 2: every row must have the same number of values',
    ]);
    expect(text(ATTENTION_EXAMPLE, { v: '1,2;3;5,6' }, 'zh')).toEqual(['“V（值，每个键一行）”第 2 行有 1 个数值，而第 1 行有 2 个：每行的数值个数必须相同']);
  });
  it('shapes that do not fit', () => {
    expect(text(ATTENTION_EXAMPLE, { k: '1,0,0;0,1,0;1,1,0' })[0]).toBe(
      '“K (keys, one row per position)” has 3 columns but “Q” has 2: queries and keys must have the same width d_k',
    );
    expect(text(ATTENTION_EXAMPLE, { v: '1,2;3,4' })[0]).toBe('“V (values, one row per key)” has 2 rows but “K” has 3: V needs one row for each key');
  });
  it('more than 64 × 64 entries', () => {
    const big = Array.from({ length: 65 }, () => '1,0').join(';');
    expect(text(ATTENTION_EXAMPLE, { q: big })[0]).toContain('more than 64 rows');
    expect(text(ATTENTION_EXAMPLE, { q: big }, 'zh')[0]).toContain('超过 64 行');
  });
  it('the causal mask on non-square inputs is rejected; off, they compute', () => {
    expect(text(ATTENTION_EXAMPLE, { q: '1,0;0,1', causal: 'true' })).toEqual([
      '“Causal mask” cannot be on here: Q has 2 rows and K has 3, and the causal mask needs as many queries as keys (one per position)',
    ]);
    expect(run(ATTENTION_EXAMPLE, { q: '1,0;0,1' }).ok).toBe(true);
  });
  it('never NaN: huge scores compute; overflow of QKᵀ is an error', () => {
    expect(run(ATTENTION_EXAMPLE, { q: '1e150,0;0,1;1,1', k: '1e150,0;0,1;1,1' }).ok).toBe(true);
    expect(text(ATTENTION_EXAMPLE, { q: '1e300,0;0,1;1,1', k: '1e300,0;0,1;1,1' })[0]).toContain('overflow');
  });
});

describe('perplexity example', () => {
  it('defaults: √10', () => {
    expect(Math.abs((valueOf('perplexity', 'perplexity') as number) - Math.sqrt(10))).toBeLessThan(1e-12);
    expect(resultOf('perplexity').tex).toContain('\\mathrm{PPL}');
  });
  it('p = 0 says infinite perplexity in words, never Infinity', () => {
    const [en] = text(PERPLEXITY_EXAMPLE, { p: '0.5, 0, 0.8' });
    expect(en).toContain('infinite');
    expect(en).not.toContain('Infinity');
    expect(text(PERPLEXITY_EXAMPLE, { p: '0.5, 0, 0.8' }, 'zh')[0]).toContain('困惑度也是无穷大');
  });
  it('probabilities outside (0, 1], non-numbers', () => {
    expect(text(PERPLEXITY_EXAMPLE, { p: '0.5, 1.5' })).toEqual([
      '“pᵢ (probability of the correct next token)” item 2 is 1.5: probabilities must be greater than 0 and at most 1',
    ]);
    expect(text(PERPLEXITY_EXAMPLE, { p: '-0.2' }, 'zh')).toEqual(['“pᵢ（正确下一个词元的概率）”第 1 项为 -0.2：概率必须大于 0 且不超过 1']);
    expect(text(PERPLEXITY_EXAMPLE, { p: '0.5, half' })[0]).toContain('item 2: “half” is not a number');
  });
  it('tiny probabilities give a large but finite perplexity', () => {
    const o = run(PERPLEXITY_EXAMPLE, { p: '1e-300' });
    expect(o.ok).toBe(true);
  });
});

describe('attention at its documented maximum (64 × 64)', () => {
  const m = Array.from({ length: 64 }, (_, i) => Array.from({ length: 64 }, (_, j) => ((i * 7 + j * 3) % 11) / 10).join(',')).join(';');
  it('tables show the top-left 12 × 12 of each matrix with a note; the outputs keep every entry', () => {
    const out = ATTENTION_EXAMPLE.compute({ q: m, k: m, v: m, causal: 'true' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const c = out.value;
    for (const view of c.matrices!) {
      expect(view.rows.length, view.key).toBe(12);
      expect(view.rows.every((r) => r.length === 12), view.key).toBe(true);
    }
    expect((c.results.weights as number[][]).length).toBe(64);
    expect((c.results.weights as number[][])[63]!.length).toBe(64);
    // The top-left block is the full matrix's (masked cells blank in the weights' table).
    expect(c.matrices![0]!.rows[1]![0]).toBe((c.results.scores as (number | null)[][])[1]![0]);
    expect(c.matrices![1]!.rows[0]![1]).toBeNull();
    expect(c.notes.filter((n) => n.kind === 'matrix-truncated')).toEqual(
      ['scores', 'weights', 'output'].map((key) => ({ kind: 'matrix-truncated', key, rows: 12, cols: 12, totalRows: 64, totalCols: 64 })),
    );
    expect(c.notes).toContainEqual({ kind: 'masked' });
  });
  it('a matrix within 12 × 12 is shown whole, with no note', () => {
    const out = ATTENTION_EXAMPLE.compute(defaultsOf(ATTENTION_EXAMPLE.fields));
    expect(out.ok).toBe(true);
    expect(out.ok && out.value.notes.some((n) => n.kind === 'matrix-truncated')).toBe(false);
  });
});

describe('messages name the fix and the book\'s symbols', () => {
  it('a perplexity that overflows asks for larger probabilities, not smaller ones', () => {
    const out = PERPLEXITY_EXAMPLE.compute({ p: '5e-324' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(formatError(out.errors[0]!, 'en', 'p')).toContain('use larger values');
    expect(formatError(out.errors[0]!, 'zh', 'p')).toContain('较大');
  });
  it('a length mismatch names θ, not the field name "theta"', () => {
    const out = ADAM_EXAMPLE.compute({ ...defaultsOf(ADAM_EXAMPLE.fields), grad: '0.1' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const text = formatError(out.errors[0]!, 'en', 'g');
    expect(text).toContain('“θ”');
    expect(text).not.toContain('theta');
  });
});
