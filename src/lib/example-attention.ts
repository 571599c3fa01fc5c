/** The `attention` worked example (chapter 3, self-attention): fields, validation, matrices, formula. */
import { attention } from './attention';
import type { ExampleError } from './messages';
import { aligned, finiteOutcome, mat, matrixView, parseFields, type ExampleDef, type Outcome, type RawValues } from './example-kit';

const FIELDS: ExampleDef['fields'] = [
  { name: 'q', kind: 'matrix', default: '1,0;0,1;1,1', label: { en: 'Q (queries, one row per position)', zh: 'Q（查询，每个位置一行）' }, symbol: 'Q' },
  { name: 'k', kind: 'matrix', default: '1,0;0,1;1,1', label: { en: 'K (keys, one row per position)', zh: 'K（键，每个位置一行）' }, symbol: 'K' },
  { name: 'v', kind: 'matrix', default: '1,2;3,4;5,6', label: { en: 'V (values, one row per key)', zh: 'V（值，每个键一行）' }, symbol: 'V' },
  {
    name: 'causal',
    kind: 'choice',
    default: 'false',
    label: { en: 'Causal mask', zh: '因果掩码' },
    choices: ['false', 'true'],
    choiceLabels: {
      false: { en: 'Off: every query sees every key', zh: '关闭：每个查询都能看到所有键' },
      true: { en: 'On: query i sees keys 1 … i only', zh: '开启：查询 i 只能看到键 1 … i' },
    },
  },
];

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  if (errors.length > 0) return { ok: false, errors };
  const q = v.q as number[][];
  const k = v.k as number[][];
  const val = v.v as number[][];
  const causal = v.causal === 'true';
  const shape: ExampleError[] = [];
  if (q[0]!.length !== k[0]!.length) shape.push({ field: 'k', kind: 'width-mismatch', other: 'Q', n: k[0]!.length, m: q[0]!.length });
  if (val.length !== k.length) shape.push({ field: 'v', kind: 'rows-mismatch', other: 'K', n: val.length, m: k.length });
  if (causal && q.length !== k.length) shape.push({ field: 'causal', kind: 'causal-non-square', n: q.length, m: k.length });
  if (shape.length > 0) return { ok: false, errors: shape };
  const dk = q[0]!.length;
  const r = attention(q, k, val, causal);
  const scale = `\\sqrt{${dk}}`;
  // One relation per line: two matrices at most a line, so that it fits the column.
  const tex = aligned([
    `\\frac{QK^\\top}{${scale}} &= \\frac{1}{${scale}}\\, ${mat(q)} ${mat(k)}^{\\!\\top}`,
    `&= ${mat(r.scores)}`,
    `\\mathrm{softmax}\\Big(\\frac{QK^\\top}{${scale}}\\Big) V &= ${mat(r.weights)} ${mat(val)}`,
    `&= ${mat(r.output)}`,
  ]);
  // The tables show at most the top-left 12 × 12 of each matrix (the outputs keep every entry).
  const views = [
    { key: 'scores', label: { en: 'Scaled scores', zh: '经缩放的分数' }, caption: `QK^\\top / \\sqrt{d_k},\\ d_k = ${dk}`, rows: r.scores },
    // Masked weights are exactly 0; the table shows them blank, like the masked scores.
    { key: 'weights', label: { en: 'Attention weights', zh: '注意力权重' }, caption: '\\mathrm{softmax}\\ \\text{(each row)}', rows: r.weights.map((row, i) => row.map((w, j) => (r.scores[i]![j] === null ? null : w))), heat: true },
    { key: 'output', label: { en: 'Output (weighted average of the values)', zh: '输出（值向量的加权平均）' }, caption: '\\text{weights} \\cdot V', rows: r.output },
  ].map(matrixView);
  return finiteOutcome(
    {
      results: { scores: r.scores, weights: r.weights, output: r.output },
      // Rows of the weights and the output, for the prose (<Value example="attention" result="weights-1" />).
      extras: Object.fromEntries(
        r.weights.slice(0, 6).flatMap((w, i) => [
          [`weights-${i + 1}`, w],
          [`output-${i + 1}`, r.output[i]!],
        ]),
      ),
      terms: { columns: [], rows: [] },
      matrices: views.map((v) => v.view),
      tex,
      notes: [...(causal ? [{ kind: 'masked' as const }] : []), ...views.flatMap((v) => v.notes)],
    },
    'q',
  );
}

export const ATTENTION_EXAMPLE: ExampleDef = {
  name: 'attention',
  title: { en: 'Scaled dot-product attention', zh: '缩放点积注意力' },
  fields: FIELDS,
  compute,
};
