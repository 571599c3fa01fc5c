/**
 * The adam, attention (with its heads), perplexity, sampling and positional-encoding examples: defaults, parsing and every bad
 * input of issue 15, with the messages in both languages (naming the field and,
 * for matrices, the row).
 */
import { describe, expect, it } from 'vitest';
import { ADAM_EXAMPLE } from './example-adam';
import { ATTENTION_EXAMPLE } from './example-attention';
import { PERPLEXITY_EXAMPLE } from './example-perplexity';
import { SAMPLING_EXAMPLE } from './example-sampling';
import { POSITIONAL_ENCODING_EXAMPLE } from './example-positional-encoding';
import { defaultsOf, type ExampleDef } from './example-kit';
import { resultOf, valueOf } from './example-registry';
import { formatError } from './messages';
import { parseMatrix } from '../maths/numbers';

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

describe('attention example with several heads', () => {
  it('one head (the default) changes nothing: head-weights holds the one weight matrix', () => {
    const r = resultOf('attention');
    expect(r.results['head-weights']).toEqual([r.results.weights]);
    expect(resultOf('attention', { heads: '1' })).toEqual(r);
  });
  it('two heads: one weights table per head, the output is the heads side by side (values: src/lib/maths/attention.test.ts, NumPy)', () => {
    const r = resultOf('attention', { heads: '2' });
    const hw = r.results['head-weights'] as number[][][];
    expect(hw).toHaveLength(2);
    expect(hw[1]![0]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(r.matrices?.map((m) => m.key)).toEqual(['head-weights-1', 'head-weights-2', 'output']);
    expect(r.tex).toContain('\\mathrm{head}_{2}');
    expect(valueOf('attention', 'head-2-weights-1', { heads: '2' })).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(r.notes).toEqual([]);
  });
  it('more heads than tables: a note says how many are shown', () => {
    const w = Array.from({ length: 3 }, () => Array.from({ length: 8 }, (_, j) => j % 3).join(',')).join(';');
    const out = run(ATTENTION_EXAMPLE, { q: w, k: w, v: w, heads: '8' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.matrices).toHaveLength(5);
    expect(out.value.notes).toContainEqual({ kind: 'heads-truncated', shown: 4, total: 8 });
    expect((out.value.results['head-weights'] as number[][][]).length).toBe(8);
  });
  it('heads must be a whole number from 1 to 64 that divides d_k and d_v', () => {
    expect(text(ATTENTION_EXAMPLE, { heads: '0' })).toEqual(['“Heads (each takes an equal block of columns)” must be between 1 and 64']);
    expect(text(ATTENTION_EXAMPLE, { heads: '1.5' })).toEqual(['“Heads (each takes an equal block of columns)” “1.5” is not a whole number']);
    expect(text(ATTENTION_EXAMPLE, { heads: '-2' }, 'zh')).toEqual(['“头数（每个头取同样宽的一组列）”必须在 1 到 64 之间']);
    expect(text(ATTENTION_EXAMPLE, { heads: 'two' })[0]).toContain('“two” is not a number');
    expect(text(ATTENTION_EXAMPLE, { heads: '3' })).toEqual([
      '“Heads (each takes an equal block of columns)” is 3, which does not divide the width of Q and K (d_k = 2): every head takes an equal block of columns of Q, K and V',
    ]);
    expect(text(ATTENTION_EXAMPLE, { heads: '3' }, 'zh')).toEqual(['“头数（每个头取同样宽的一组列）”为 3，不能整除 Q 和 K 的宽度（d_k = 2）：每个头要分到 Q、K、V 中同样宽的一组列']);
    expect(text(ATTENTION_EXAMPLE, { heads: '2', v: '1;2;3' })).toEqual([
      '“Heads (each takes an equal block of columns)” is 2, which does not divide the width of V (d_v = 1): every head takes an equal block of columns of Q, K and V',
    ]);
    expect(text(ATTENTION_EXAMPLE, { heads: '2', v: '1;2;3' }, 'zh')[0]).toContain('V 的宽度（d_v = 1）');
  });
});

describe('sampling example', () => {
  it('defaults: the values of src/lib/maths/sampling.test.ts (NumPy); kept tokens 0-based; table numbered from 0', () => {
    const r = resultOf('sampling');
    const p = r.results.probabilities as number[];
    [0.6945120804172974, 0.19898104251690577, 0.10650687706579692, 0, 0].forEach((x, i) => expect(Math.abs(p[i]! - x)).toBeLessThan(1e-12));
    expect(r.results.kept).toEqual([0, 1, 2]);
    expect(Math.abs((r.results.entropy as number) - 0.8129724201741656)).toBeLessThan(1e-12);
    expect(r.terms.indexBase).toBe(0);
    expect(r.terms.rows).toHaveLength(5);
    expect(r.tex).toContain('\\text{top-}k');
  });
  it('top-k and top-p are optional: empty means off', () => {
    const r = resultOf('sampling', { temperature: '1', 'top-k': '', 'top-p': '' });
    expect(r.results.kept).toEqual([0, 1, 2, 3, 4]);
    expect(Math.abs((r.results.entropy as number) - 1.2064892076220268)).toBeLessThan(1e-12);
    expect(r.tex).not.toContain('top-');
    expect(resultOf('sampling', { 'top-k': ' ', 'top-p': '1' }).results.kept).toEqual([0, 1, 2, 3, 4]);
  });
  it('every bad input, in both languages', () => {
    const L = 'Temperature T';
    expect(text(SAMPLING_EXAMPLE, { temperature: '0' })).toEqual([`“${L}” must be a positive, finite number`]);
    expect(text(SAMPLING_EXAMPLE, { temperature: '-1' }, 'zh')).toEqual(['“温度 T”必须是正的有限数']);
    expect(text(SAMPLING_EXAMPLE, { 'top-k': '0' })).toEqual(['“Top-k (optional: keep the k most probable tokens)” must be between 1 and 64']);
    expect(text(SAMPLING_EXAMPLE, { 'top-k': '2.5' })).toEqual(['“Top-k (optional: keep the k most probable tokens)” “2.5” is not a whole number']);
    expect(text(SAMPLING_EXAMPLE, { 'top-k': '6' })).toEqual(['“Top-k (optional: keep the k most probable tokens)” is 6, but there are only 5 logits: top-k keeps at most all of them']);
    expect(text(SAMPLING_EXAMPLE, { 'top-k': '6' }, 'zh')).toEqual(['“top-k（可选：只保留概率最高的 k 个词元）”为 6，但只有 5 个 logit：top-k 最多保留全部 logit']);
    expect(text(SAMPLING_EXAMPLE, { 'top-k': '2', logits: '1' })[0]).toContain('there is only 1 logit');
    for (const p of ['0', '1.5', '-0.2']) {
      expect(text(SAMPLING_EXAMPLE, { 'top-p': p })).toEqual(['“Top-p (optional: keep the most probable tokens up to cumulative probability p)” must be greater than 0 and at most 1 (leave it empty to keep every token)']);
    }
    expect(text(SAMPLING_EXAMPLE, { 'top-p': '0' }, 'zh')).toEqual(['“top-p（可选：按概率从高到低保留词元，直到累计概率达到 p）”必须大于 0 且不超过 1（留空则保留所有词元）']);
    expect(text(SAMPLING_EXAMPLE, { 'top-p': 'most' })[0]).toContain('“most” is not a number');
    expect(text(SAMPLING_EXAMPLE, { logits: '' })).toEqual(['“Logits ℓᵢ (one score per token, token 0 first)” is empty: enter at least one number']);
    expect(text(SAMPLING_EXAMPLE, { logits: '' }, 'zh')).toEqual(['“logit ℓᵢ（每个词元一个分数，从词元 0 开始）”为空：请至少输入一个数']);
    expect(text(SAMPLING_EXAMPLE, { logits: '1, x, 2' })[0]).toContain('item 2: “x” is not a number');
    expect(text(SAMPLING_EXAMPLE, { logits: Array.from({ length: 65 }, () => '1').join(','), 'top-k': '' })).toEqual(['“Logits ℓᵢ (one score per token, token 0 first)” has more than 64 values']);
    expect(text(SAMPLING_EXAMPLE, { logits: Array.from({ length: 65 }, () => '1').join(','), 'top-k': '' }, 'zh')[0]).toContain('超过 64 个数值');
    expect(run(SAMPLING_EXAMPLE, { logits: Array.from({ length: 64 }, (_, i) => String(i)).join(','), 'top-k': '64' }).ok).toBe(true);
  });
  it('never NaN or Infinity: a temperature that overflows ℓ/T asks for a larger one', () => {
    const o = run(SAMPLING_EXAMPLE, { temperature: '1e-320' });
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.errors).toEqual([{ field: 'temperature', kind: 'overflow', larger: true }]);
    expect(formatError(o.errors[0]!, 'en', 'T')).toContain('use larger values');
    const big = run(SAMPLING_EXAMPLE, { logits: '1e308, -1e308', temperature: '0.5', 'top-k': '' });
    expect(big.ok).toBe(false);
    const huge = run(SAMPLING_EXAMPLE, { logits: '1e300, 0, -1e300', temperature: '1', 'top-k': '' });
    expect(huge.ok).toBe(true);
    expect(huge.ok && JSON.stringify(huge.value.results)).not.toMatch(/null|NaN|Infinity/);
  });
});

describe('positional-encoding example', () => {
  it('defaults: position 2, width 8, base 10000 (values of src/lib/maths/positional-encoding.test.ts, NumPy); URL prefix pe', () => {
    expect(POSITIONAL_ENCODING_EXAMPLE.param).toBe('pe');
    const e = resultOf('positional-encoding').results.encoding as number[];
    expect(e).toHaveLength(8);
    expect(Math.abs(e[0]! - 0.9092974268256817)).toBeLessThan(1e-12);
    expect(Math.abs(e[7]! - 0.9999980000006666)).toBeLessThan(1e-12);
    expect(valueOf('positional-encoding', 'encoding-1')).toBe(e[1]);
    expect(resultOf('positional-encoding').terms.indexBase).toBe(0);
  });
  it('width 512: the table shows the first 12 of 256 pairs with a note; the result keeps all 512 entries', () => {
    const r = resultOf('positional-encoding', { dim: '512', position: '1000' });
    expect((r.results.encoding as number[]).length).toBe(512);
    expect(r.terms.rows).toHaveLength(12);
    expect(r.notes).toEqual([{ kind: 'rows-truncated', shown: 12, total: 256 }]);
  });
  it('every bad input, in both languages', () => {
    const P = 'Position pos (0 = the first token)';
    const D = 'Width d (even: the length of the vector)';
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { position: '-1' })).toEqual([`“${P}” must be between 0 and 1,000,000`]);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { position: '1000001' }, 'zh')).toEqual(['“位置 pos（0 为第一个词元）”必须在 0 到 1000000 之间']);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { position: '2.5' })).toEqual([`“${P}” “2.5” is not a whole number`]);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { dim: '7' })).toEqual([`“${D}” is 7: the width must be even, since the encoding pairs a sine with a cosine`]);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { dim: '7' }, 'zh')).toEqual(['“宽度 d（偶数：向量的长度）”为 7：宽度必须是偶数，因为编码把正弦和余弦成对排列']);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { dim: '0' })).toEqual([`“${D}” must be between 2 and 512`]);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { dim: '514' })).toEqual([`“${D}” must be between 2 and 512`]);
    for (const b of ['1', '0.5', '-10']) expect(text(POSITIONAL_ENCODING_EXAMPLE, { base: b })).toEqual(['“Base (10000 in the original Transformer)” must be a finite number greater than 1']);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { base: '1' }, 'zh')).toEqual(['“底数（原始 Transformer 中为 10000）”必须是大于 1 的有限数']);
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { base: 'e' })[0]).toContain('“e” is not a number');
    expect(text(POSITIONAL_ENCODING_EXAMPLE, { base: '1e999' })[0]).toContain('not a finite number');
  });
  it('never NaN: the extremes compute', () => {
    for (const raw of <Record<string, string>[]>[{ position: '1000000', dim: '512' }, { position: '0', dim: '2', base: '1.0000001' }, { base: '1e308', dim: '512' }]) {
      const o = run(POSITIONAL_ENCODING_EXAMPLE, raw);
      expect(o.ok, JSON.stringify(raw)).toBe(true);
      expect(o.ok && (o.value.results.encoding as number[]).every(Number.isFinite)).toBe(true);
    }
  });
});
