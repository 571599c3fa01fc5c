/** The `attention` worked example (chapter 3, self-attention): fields, validation, matrices, formula. */
import { multiHeadAttention } from '../maths/attention';
import type { ExampleError } from './messages';
import { aligned, finiteOutcome, mat, matrixView, parseFields, type ExampleDef, type MatrixView, type Outcome, type RawValues } from './example-kit';

/** With several heads: the formula works out at most this many heads (then ⋮), the tables show at most this many heads' weights. */
const SHOWN_HEADS = 2;
const TABLE_HEADS = 4;

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
  {
    name: 'heads',
    kind: 'int',
    default: '1',
    min: 1,
    max: 64,
    label: { en: 'Heads (each takes an equal block of columns)', zh: '头数（每个头取同样宽的一组列）' },
    symbol: 'h',
  },
];

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  if (errors.length > 0) return { ok: false, errors };
  const q = v.q as number[][];
  const k = v.k as number[][];
  const val = v.v as number[][];
  const causal = v.causal === 'true';
  const heads = v.heads as number;
  const shape: ExampleError[] = [];
  if (q[0]!.length !== k[0]!.length) shape.push({ field: 'k', kind: 'width-mismatch', other: 'Q', n: k[0]!.length, m: q[0]!.length });
  if (val.length !== k.length) shape.push({ field: 'v', kind: 'rows-mismatch', other: 'K', n: val.length, m: k.length });
  if (causal && q.length !== k.length) shape.push({ field: 'causal', kind: 'causal-non-square', n: q.length, m: k.length });
  if (shape.length === 0 && (q[0]!.length % heads !== 0 || val[0]!.length % heads !== 0)) {
    shape.push({ field: 'heads', kind: 'heads-divisor', heads, dk: q[0]!.length, dv: val[0]!.length });
  }
  if (shape.length > 0) return { ok: false, errors: shape };
  const dk = q[0]!.length;
  const r = multiHeadAttention(q, k, val, causal, heads);
  const headWeights = r.heads.map((h) => h.weights);
  // Masked weights are exactly 0; the tables show them blank, like the masked scores.
  const blankMasked = (w: number[][], s: (number | null)[][]) => w.map((row, i) => row.map((x, j) => (s[i]![j] === null ? null : x)));
  let tex: string;
  let tables: MatrixView[];
  if (heads === 1) {
    const scale = `\\sqrt{${dk}}`;
    // One relation per line: two matrices at most a line, so that it fits the column.
    tex = aligned([
      `\\frac{QK^\\top}{${scale}} &= \\frac{1}{${scale}}\\, ${mat(q)} ${mat(k)}^{\\!\\top}`,
      `&= ${mat(r.scores)}`,
      `\\mathrm{softmax}\\Big(\\frac{QK^\\top}{${scale}}\\Big) V &= ${mat(r.weights)} ${mat(val)}`,
      `&= ${mat(r.output)}`,
    ]);
    // The tables show at most the top-left 12 × 12 of each matrix (the outputs keep every entry).
    tables = [
      { key: 'scores', label: { en: 'Scaled scores', zh: '经缩放的分数' }, caption: `QK^\\top / \\sqrt{d_k},\\ d_k = ${dk}`, rows: r.scores },
      { key: 'weights', label: { en: 'Attention weights', zh: '注意力权重' }, caption: '\\mathrm{softmax}\\ \\text{(each row)}', rows: blankMasked(r.weights, r.scores), heat: true },
      { key: 'output', label: { en: 'Output (weighted average of the values)', zh: '输出（值向量的加权平均）' }, caption: '\\text{weights} \\cdot V', rows: r.output },
    ];
  } else {
    // Head i takes columns (i−1)·d_h + 1 … i·d_h of Q and K (d_h = d_k / h) and likewise of V; scaled by √d_h.
    const dh = dk / heads;
    const dvh = val[0]!.length / heads;
    const cols = (m: number[][], i: number, w: number) => m.map((row) => row.slice(i * w, (i + 1) * w));
    const scale = `\\sqrt{${dh}}`;
    const lines = r.heads.slice(0, SHOWN_HEADS).flatMap((hd, i) => {
      const n = i + 1;
      return [
        `\\frac{Q_{${n}}K_{${n}}^\\top}{${scale}} &= \\frac{1}{${scale}}\\, ${mat(cols(q, i, dh))} ${mat(cols(k, i, dh))}^{\\!\\top}`,
        `&= ${mat(hd.scores)}`,
        `\\mathrm{head}_{${n}} &= ${mat(hd.weights)} ${mat(cols(val, i, dvh))}`,
        `&= ${mat(hd.output)}`,
      ];
    });
    if (heads > SHOWN_HEADS) lines.push(`&\\;\\;\\vdots\\quad (\\text{heads } ${SHOWN_HEADS + 1} \\ldots ${heads})`);
    lines.push(`[\\mathrm{head}_1 \\cdots \\mathrm{head}_{${heads}}] &= ${mat(r.output)}`);
    tex = aligned(lines);
    tables = [
      ...r.heads.slice(0, TABLE_HEADS).map((hd, i) => ({
        key: `head-weights-${i + 1}`,
        label: { en: `Attention weights of head ${i + 1}`, zh: `第 ${i + 1} 个头的注意力权重` },
        caption: `\\mathrm{softmax}\\big(Q_{${i + 1}}K_{${i + 1}}^\\top / \\sqrt{d_h}\\big),\\ d_h = ${dh}`,
        rows: blankMasked(hd.weights, hd.scores),
        heat: true,
      })),
      { key: 'output', label: { en: 'Output (the heads side by side)', zh: '输出（各头的输出并排拼接）' }, caption: '[\\mathrm{head}_1 \\cdots \\mathrm{head}_h]', rows: r.output },
    ];
  }
  const views = tables.map(matrixView);
  return finiteOutcome(
    {
      results: { scores: r.scores, weights: r.weights, output: r.output, 'head-weights': headWeights },
      // Rows of the weights and the output, for the prose (<Value example="attention" result="weights-1" />);
      // with several heads also each head's rows (head-2-weights-1: head 2, row 1).
      extras: Object.fromEntries([
        ...r.weights.slice(0, 6).flatMap((w, i) => [
          [`weights-${i + 1}`, w],
          [`output-${i + 1}`, r.output[i]!],
        ]),
        ...(heads === 1 ? [] : r.heads.slice(0, TABLE_HEADS).flatMap((hd, h) => hd.weights.slice(0, 6).map((w, i) => [`head-${h + 1}-weights-${i + 1}`, w]))),
      ]),
      terms: { columns: [], rows: [] },
      matrices: views.map((v) => v.view),
      tex,
      notes: [
        ...(causal ? [{ kind: 'masked' as const }] : []),
        ...(heads > TABLE_HEADS ? [{ kind: 'heads-truncated' as const, shown: TABLE_HEADS, total: heads }] : []),
        ...views.flatMap((v) => v.notes),
      ],
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
