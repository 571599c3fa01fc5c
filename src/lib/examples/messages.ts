/**
 * Every message the examples show, in both languages. Errors are data
 * (a code and its parameters) until they are shown; this is the only place
 * that turns them into words.
 */
import type { Lang } from '../book/book';
import type { MatrixParseError, ParseError } from '../maths/numbers';

export type ExampleError =
  | { field: string; kind: 'parse'; error: ParseError | MatrixParseError }
  | { field: string; kind: 'length-mismatch'; other: string; n: number; m: number }
  | { field: string; kind: 'probability-range'; index: number; value: number }
  | { field: string; kind: 'label-range'; index: number; value: number }
  | { field: string; kind: 'label-binary'; index: number; value: number }
  | { field: string; kind: 'not-positive' }
  | { field: string; kind: 'beta-range' }
  | { field: string; kind: 'overflow'; larger?: boolean }
  | { field: string; kind: 'width-mismatch'; other: string; n: number; m: number }
  | { field: string; kind: 'rows-mismatch'; other: string; n: number; m: number }
  | { field: string; kind: 'causal-non-square'; n: number; m: number }
  | { field: string; kind: 'probability-open'; index: number; value: number }
  | { field: string; kind: 'probability-zero'; index: number }
  | { field: string; kind: 'heads-divisor'; heads: number; dk: number; dv: number }
  | { field: string; kind: 'top-k-range'; k: number; n: number }
  | { field: string; kind: 'top-p-range' }
  | { field: string; kind: 'odd-dim'; value: number }
  | { field: string; kind: 'base-range' };

const T = {
  en: {
    field: (f: string) => `“${f}”`,
    empty: 'is empty: enter at least one number',
    notNumber: (tok: string, at: string) => `${at}“${tok}” is not a number`,
    tooMany: (max: number) => `has more than ${max.toLocaleString('en')} values`,
    notFinite: (tok: string, at: string) => `${at}“${tok}” is not a finite number`,
    notInteger: (tok: string) => `“${tok}” is not a whole number`,
    outOfRange: (min: number, max: number) => `must be between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}`,
    notInChoices: (tok: string, choices: string) => `“${tok}” is not one of ${choices}`,
    item: (i: number) => `item ${i}: `,
    lengthMismatch: (other: string, n: number, m: number) =>
      `has ${n} values but ${other} has ${m}: both lists must have the same length`,
    probRange: (i: number, v: string) => `item ${i} is ${v}: probabilities must be between 0 and 1`,
    labelRange: (i: number, v: string) => `item ${i} is ${v}: labels must be between 0 and 1`,
    labelBinary: (i: number, v: string) => `item ${i} is ${v}: binary cross-entropy needs labels that are 0 or 1`,
    notPositive: 'must be a positive, finite number',
    betaRange: 'must be at least 0 and less than 1',
    overflow: 'makes the result overflow (too large to represent): use smaller values',
    overflowLarger: 'makes the result overflow (too large to represent): use larger values',
    rowItem: (r: number, i: number) => `row ${r}, item ${i}: `,
    emptyRow: (r: number) => `row ${r} is empty: every row needs at least one number`,
    ragged: (r: number, n: number, m: number) =>
      `row ${r} has ${n} value${n === 1 ? '' : 's'} but row 1 has ${m}: every row must have the same number of values`,
    tooManyRows: (max: number) => `has more than ${max} rows: a matrix can have at most ${max} × ${max} values`,
    tooManyCols: (r: number, max: number) => `row ${r} has more than ${max} values: a matrix can have at most ${max} × ${max} values`,
    widthMismatch: (other: string, n: number, m: number) =>
      `has ${n} columns but ${other} has ${m}: queries and keys must have the same width d_k`,
    rowsMismatch: (other: string, n: number, m: number) =>
      `has ${n} rows but ${other} has ${m}: V needs one row for each key`,
    causalNonSquare: (n: number, m: number) =>
      `cannot be on here: Q has ${n} rows and K has ${m}, and the causal mask needs as many queries as keys (one per position)`,
    probOpen: (i: number, v: string) => `item ${i} is ${v}: probabilities must be greater than 0 and at most 1`,
    probZero: (i: number) =>
      `item ${i} is 0: the model gave the correct token no probability at all, so −ln 0 is infinite and the perplexity is infinite too. Enter a probability greater than 0`,
    headsDivisor: (h: number, dk: number, dv: number) =>
      `is ${h}, which does not divide ${dk % h !== 0 ? `the width of Q and K (d_k = ${dk})` : `the width of V (d_v = ${dv})`}: every head takes an equal block of columns of Q, K and V`,
    topKRange: (k: number, n: number) => `is ${k}, but there ${n === 1 ? 'is only 1 logit' : `are only ${n} logits`}: top-k keeps at most all of them`,
    topPRange: 'must be greater than 0 and at most 1 (leave it empty to keep every token)',
    oddDim: (v: number) => `is ${v}: the width must be even, since the encoding pairs a sine with a cosine`,
    baseRange: 'must be a finite number greater than 1',
  },
  zh: {
    field: (f: string) => `“${f}”`,
    empty: '为空：请至少输入一个数',
    notNumber: (tok: string, at: string) => `${at}“${tok}”不是数字`,
    tooMany: (max: number) => `超过 ${max} 个数值`,
    notFinite: (tok: string, at: string) => `${at}“${tok}”不是有限数`,
    notInteger: (tok: string) => `“${tok}”不是整数`,
    outOfRange: (min: number, max: number) => `必须在 ${min} 到 ${max} 之间`,
    notInChoices: (tok: string, choices: string) => `“${tok}”不是可选值（${choices}）之一`,
    item: (i: number) => `第 ${i} 项`,
    lengthMismatch: (other: string, n: number, m: number) => `有 ${n} 个数值，而${other}有 ${m} 个：两个列表长度必须相同`,
    probRange: (i: number, v: string) => `第 ${i} 项为 ${v}：概率必须在 0 到 1 之间`,
    labelRange: (i: number, v: string) => `第 ${i} 项为 ${v}：标签必须在 0 到 1 之间`,
    labelBinary: (i: number, v: string) => `第 ${i} 项为 ${v}：二元交叉熵要求标签为 0 或 1`,
    notPositive: '必须是正的有限数',
    betaRange: '必须大于等于 0 且小于 1',
    overflow: '使结果溢出（数值过大无法表示）：请使用较小的数值',
    overflowLarger: '使结果溢出（数值过大无法表示）：请使用较大的数值',
    rowItem: (r: number, i: number) => `第 ${r} 行第 ${i} 项`,
    emptyRow: (r: number) => `第 ${r} 行为空：每行至少要有一个数`,
    ragged: (r: number, n: number, m: number) => `第 ${r} 行有 ${n} 个数值，而第 1 行有 ${m} 个：每行的数值个数必须相同`,
    tooManyRows: (max: number) => `超过 ${max} 行：矩阵最多只能有 ${max} × ${max} 个数值`,
    tooManyCols: (r: number, max: number) => `第 ${r} 行超过 ${max} 个数值：矩阵最多只能有 ${max} × ${max} 个数值`,
    widthMismatch: (other: string, n: number, m: number) => `有 ${n} 列，而${other}有 ${m} 列：查询和键的宽度 d_k 必须相同`,
    rowsMismatch: (other: string, n: number, m: number) => `有 ${n} 行，而${other}有 ${m} 行：V 必须为每个键提供一行`,
    causalNonSquare: (n: number, m: number) => `在此不能开启：Q 有 ${n} 行而 K 有 ${m} 行，因果掩码要求查询与键一样多（每个位置一个）`,
    probOpen: (i: number, v: string) => `第 ${i} 项为 ${v}：概率必须大于 0 且不超过 1`,
    probZero: (i: number) =>
      `第 ${i} 项为 0：模型给正确词元的概率为零，−ln 0 为无穷大，困惑度也是无穷大。请输入大于 0 的概率`,
    headsDivisor: (h: number, dk: number, dv: number) =>
      `为 ${h}，不能整除${dk % h !== 0 ? ` Q 和 K 的宽度（d_k = ${dk}）` : ` V 的宽度（d_v = ${dv}）`}：每个头要分到 Q、K、V 中同样宽的一组列`,
    topKRange: (k: number, n: number) => `为 ${k}，但只有 ${n} 个 logit：top-k 最多保留全部 logit`,
    topPRange: '必须大于 0 且不超过 1（留空则保留所有词元）',
    oddDim: (v: number) => `为 ${v}：宽度必须是偶数，因为编码把正弦和余弦成对排列`,
    baseRange: '必须是大于 1 的有限数',
  },
} as const;

/** "“ŷ (predictions)” item 2: “abc” is not a number" — the label is the field's visible label. */
/** How a message names the other list of a pair: as the book writes it (θ, ŷ, g), not by its field name. */
const OTHER_NAME: Record<string, string> = { theta: 'θ', yhat: 'ŷ', grad: 'g' };

export function formatError(e: ExampleError, lang: Lang, label: string): string {
  const t = T[lang];
  const sep = lang === 'zh' ? '' : ' ';
  const head = t.field(label);
  const body = (() => {
    switch (e.kind) {
      case 'parse': {
        const p = e.error;
        const at = p.row && p.index ? t.rowItem(p.row, p.index) : p.index ? t.item(p.index) : '';
        switch (p.code) {
          case 'empty':
            return t.empty;
          case 'not-a-number':
            return t.notNumber(p.token ?? '', at);
          case 'too-many':
            return t.tooMany(p.max ?? 0);
          case 'not-finite':
            return t.notFinite(p.token ?? '', at);
          case 'not-integer':
            return t.notInteger(p.token ?? '');
          case 'out-of-range':
            return t.outOfRange(p.min ?? 0, p.max ?? 0);
          case 'not-in-choices':
            return t.notInChoices(p.token ?? '', (p.choices ?? []).join(', '));
          case 'empty-row':
            return t.emptyRow(p.row ?? 0);
          case 'ragged':
            return t.ragged(p.row ?? 0, p.count ?? 0, p.expected ?? 0);
          case 'too-many-rows':
            return t.tooManyRows(p.max ?? 0);
          case 'too-many-cols':
            return t.tooManyCols(p.row ?? 0, p.max ?? 0);
        }
      }
      case 'length-mismatch':
        return t.lengthMismatch(t.field(OTHER_NAME[e.other] ?? e.other), e.n, e.m);
      case 'probability-range':
        return t.probRange(e.index, String(e.value));
      case 'label-range':
        return t.labelRange(e.index, String(e.value));
      case 'label-binary':
        return t.labelBinary(e.index, String(e.value));
      case 'not-positive':
        return t.notPositive;
      case 'beta-range':
        return t.betaRange;
      case 'overflow':
        return e.larger ? t.overflowLarger : t.overflow;
      case 'width-mismatch':
        return t.widthMismatch(t.field(e.other), e.n, e.m);
      case 'rows-mismatch':
        return t.rowsMismatch(t.field(e.other), e.n, e.m);
      case 'causal-non-square':
        return t.causalNonSquare(e.n, e.m);
      case 'probability-open':
        return t.probOpen(e.index, String(e.value));
      case 'probability-zero':
        return t.probZero(e.index);
      case 'heads-divisor':
        return t.headsDivisor(e.heads, e.dk, e.dv);
      case 'top-k-range':
        return t.topKRange(e.k, e.n);
      case 'top-p-range':
        return t.topPRange;
      case 'odd-dim':
        return t.oddDim(e.value);
      case 'base-range':
        return t.baseRange;
    }
  })();
  return `${head}${sep}${body}`;
}

/** The calculators' interface words. */
export const CALC_UI = {
  en: {
    inputs: 'Inputs',
    formula: 'Formula with your numbers',
    terms: 'Every term',
    result: 'Result',
    stale: 'Stale: this is the last valid result. Fix the input above to recompute.',
    copyLink: 'Copy link to this example',
    copied: 'Link copied',
    copyFailed: 'Copy failed: the link is in the address bar',
    reset: 'Reset to the book’s values',
    index: 'i',
    clipped: (idx: number[], eps: number) =>
      `Item${idx.length > 1 ? 's' : ''} ${idx.join(', ')}: a probability of exactly 0 or 1 has an infinite logarithm. As in Keras, it is clipped to [${eps}, 1 − ${eps}] before the log is taken, so the loss is large but finite.`,
    truncated: (shown: number, total: number) => `Showing the first ${shown} of ${total} rows; the result uses all of them.`,
    matrixTruncated: (name: string, rows: number, cols: number, totalRows: number, totalCols: number) =>
      `The table “${name}” shows the first ${rows} rows and ${cols} columns of ${totalRows} × ${totalCols}; the result uses all of them.`,
    masked: 'Blank cells are masked by the causal mask: a query does not see later keys (score −∞, weight 0).',
    maskedCell: 'masked',
    headsTruncated: (shown: number, total: number) => `The tables show the weights of the first ${shown} of ${total} heads; head-weights holds every head’s.`,
    query: 'query',
    key: 'key',
  },
  zh: {
    inputs: '输入',
    formula: '代入数值的公式',
    terms: '逐项计算',
    result: '结果',
    stale: '已过期：这是上一次有效的结果。请修正上面的输入以重新计算。',
    copyLink: '复制本例链接',
    copied: '链接已复制',
    copyFailed: '复制失败：链接就在地址栏中',
    reset: '恢复书中的数值',
    index: 'i',
    clipped: (idx: number[], eps: number) =>
      `第 ${idx.join('、')} 项：概率恰为 0 或 1 时对数为无穷大。与 Keras 一样，取对数前先把概率裁剪到 [${eps}, 1 − ${eps}]，因此损失很大但有限。`,
    truncated: (shown: number, total: number) => `仅显示前 ${shown} 行（共 ${total} 行）；结果使用了全部数据。`,
    matrixTruncated: (name: string, rows: number, cols: number, totalRows: number, totalCols: number) =>
      `表格“${name}”只显示 ${totalRows} × ${totalCols} 中的前 ${rows} 行、前 ${cols} 列；结果使用了全部数据。`,
    masked: '空白单元格被因果掩码遮蔽：查询看不到其后的键（分数为 −∞，权重为 0）。',
    maskedCell: '已遮蔽',
    headsTruncated: (shown: number, total: number) => `表格只显示 ${total} 个头中前 ${shown} 个头的权重；head-weights 含有每个头的权重。`,
    query: '查询',
    key: '键',
  },
} as const;
