/** The `adam` worked example (chapter 4, math#adam): fields, validation, terms, formula. */
import { adamSteps, ADAM_FORMS, type AdamForm } from '../maths/adam';
import { aligned, finiteOutcome, n, parseFields, table, truncNote, vec, type ExampleDef, type Outcome, type RawValues } from './example-kit';

const FIELDS: ExampleDef['fields'] = [
  { name: 'theta', kind: 'list', default: '1, 2, 3, 4, 5', label: { en: 'θ (parameters)', zh: 'θ（参数）' }, symbol: '\\theta' },
  { name: 'grad', kind: 'list', default: '0.1, -0.1, 0.1, -0.1, 0.1', label: { en: 'g (gradient)', zh: 'g（梯度）' }, symbol: 'g' },
  { name: 'lr', kind: 'rate', default: '0.01', label: { en: 'α (learning rate)', zh: 'α（学习率）' }, symbol: '\\alpha' },
  { name: 'beta1', kind: 'beta', default: '0.9', label: { en: 'β₁ (first-moment decay)', zh: 'β₁（一阶矩衰减率）' } },
  { name: 'beta2', kind: 'beta', default: '0.999', label: { en: 'β₂ (second-moment decay)', zh: 'β₂（二阶矩衰减率）' } },
  { name: 'eps', kind: 'rate', default: '1e-8', label: { en: 'ε (epsilon)', zh: 'ε（epsilon）' } },
  { name: 'steps', kind: 'int', default: '1', label: { en: 'Steps (constant gradient)', zh: '步数（梯度不变）' }, min: 1, max: 100 },
  {
    name: 'form',
    kind: 'choice',
    default: 'paper',
    label: { en: 'Form', zh: '形式' },
    choices: ADAM_FORMS,
    choiceLabels: {
      paper: { en: 'Paper / PyTorch: ε added to √v̂', zh: '论文 / PyTorch：ε 加在 √v̂ 上' },
      keras: { en: 'Keras: correction in the learning rate, ε added to √v', zh: 'Keras：修正并入学习率，ε 加在 √v 上' },
    },
  },
];

function compute(raw: RawValues): Outcome {
  const { values: v, errors } = parseFields(FIELDS, raw);
  if (errors.length > 0) return { ok: false, errors };
  const theta = v.theta as number[];
  const grad = v.grad as number[];
  if (theta.length !== grad.length) {
    return { ok: false, errors: [{ field: 'grad', kind: 'length-mismatch', other: 'theta', n: grad.length, m: theta.length }] };
  }
  const lr = v.lr as number;
  const beta1 = v.beta1 as number;
  const beta2 = v.beta2 as number;
  const eps = v.eps as number;
  const steps = v.steps as number;
  const form = v.form as AdamForm;
  const r = adamSteps({ theta, grad, lr, beta1, beta2, eps, steps, form });
  // θ before the last step, for the substituted formula.
  const before = steps === 1 ? theta : adamSteps({ theta, grad, lr, beta1, beta2, eps, steps: steps - 1, form }).theta;
  const t = steps;
  // One relation per line of an aligned block, so that the whole computation fits the column at desktop widths.
  const moments =
    t === 1
      ? [`m_1 &= (1 - ${n(beta1)}) \\cdot ${vec(grad)}`, `&= ${vec(r.m)}`, `v_1 &= (1 - ${n(beta2)}) \\cdot g^2`, `&= ${vec(r.v)}`]
      : [`m_{${t}} &= ${vec(r.m)}\\quad (${t}\\ \\text{steps})`, `v_{${t}} &= ${vec(r.v)}`];
  const update =
    form === 'paper'
      ? [
          `\\hat{m}_{${t}} &= \\frac{m_{${t}}}{1 - ${n(beta1)}^{${t}}}`,
          `&= ${vec(r.mHat)}`,
          `\\hat{v}_{${t}} &= \\frac{v_{${t}}}{1 - ${n(beta2)}^{${t}}}`,
          `&= ${vec(r.vHat)}`,
          `\\theta_{${t}} &= ${vec(before)}`,
          `&\\quad - ${n(lr)} \\cdot \\frac{\\hat{m}_{${t}}}{\\sqrt{\\hat{v}_{${t}}} + ${n(eps)}}`,
          `&= ${vec(r.theta)}`,
        ]
      : [
          `\\alpha_{${t}} &= ${n(lr)} \\cdot \\frac{\\sqrt{1 - ${n(beta2)}^{${t}}}}{1 - ${n(beta1)}^{${t}}} = ${n((lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t))}`,
          `\\theta_{${t}} &= ${vec(before)}`,
          `&\\quad - \\alpha_{${t}} \\cdot \\frac{m_{${t}}}{\\sqrt{v_{${t}}} + ${n(eps)}}`,
          `&= ${vec(r.theta)}`,
        ];
  const step = r.theta.map((x, i) => x - theta[i]!);
  return finiteOutcome(
    {
      results: { 'theta-next': r.theta, 'm-next': r.m, 'v-next': r.v },
      extras: { 'm-hat': r.mHat, 'v-hat': r.vHat, step, 'step-abs': step.map(Math.abs) },
      terms: table(
        ['\\theta_i', 'g_i', 'm_i', 'v_i', '\\hat{m}_i', '\\hat{v}_i', "\\theta'_i"],
        [theta, grad, r.m, r.v, r.mHat, r.vHat, r.theta],
      ),
      tex: aligned([...moments, ...update]),
      notes: truncNote(theta.length),
    },
    'theta',
  );
}

export const ADAM_EXAMPLE: ExampleDef = { name: 'adam', title: { en: 'Adam step', zh: 'Adam 的一步' }, fields: FIELDS, compute };
