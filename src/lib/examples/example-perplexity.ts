/** The `perplexity` worked example (chapter 3, next-token-prediction): field, validation, terms, formula. */
import { perplexity } from '../maths/perplexity';
import type { ExampleError } from './messages';
import { aligned, bigSum, finiteOutcome, n, parseFields, sumItems, table, truncNote, type ExampleDef, type Outcome, type RawValues } from './example-kit';

const FIELDS: ExampleDef['fields'] = [
  {
    name: 'p',
    kind: 'list',
    default: '0.5, 0.25, 0.8, 0.1',
    label: { en: 'pᵢ (probability of the correct next token)', zh: 'pᵢ（正确下一个词元的概率）' },
    symbol: 'p',
  },
];

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  if (errors.length > 0) return { ok: false, errors };
  const p = v.p as number[];
  const bad: ExampleError[] = [];
  p.forEach((x, i) => {
    if (x === 0) bad.push({ field: 'p', kind: 'probability-zero', index: i + 1 });
    else if (!(x > 0 && x <= 1)) bad.push({ field: 'p', kind: 'probability-open', index: i + 1, value: x });
  });
  if (bad.length > 0) return { ok: false, errors: bad };
  const r = perplexity(p);
  const N = p.length;
  return finiteOutcome(
    {
      results: { loss: r.loss, perplexity: r.perplexity },
      extras: { nll: r.nll },
      terms: table(['p_i', '-\\ln p_i'], [p, r.nll]),
      // One relation per line, sums three terms a line: the computation fits the column.
      tex: aligned([
        ...bigSum(`\\mathcal{L} &= \\frac{1}{${N}}`, sumItems(N, (i) => `-\\ln ${n(p[i]!)}`), 3, ' '),
        ...bigSum(`&= \\frac{1}{${N}}`, sumItems(N, (i) => n(r.nll[i]!)), 3),
        `&= ${n(r.loss)}`,
        `\\mathrm{PPL} &= e^{\\mathcal{L}} = e^{${n(r.loss)}} = ${n(r.perplexity)}`,
      ]),
      notes: truncNote(N),
    },
    'p',
    // A tiny probability makes the perplexity overflow: larger probabilities are the fix.
    true,
  );
}

export const PERPLEXITY_EXAMPLE: ExampleDef = {
  name: 'perplexity',
  title: { en: 'Next-token loss and perplexity', zh: '下一个词元损失与困惑度' },
  fields: FIELDS,
  compute,
};
