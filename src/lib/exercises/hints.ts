/** The targeted hints and the verdict lines of numeric exercises, in both languages. */
import type { Lang } from '../book/book';
import type { CheckResult } from './engine';
import type { HintCode } from './types';
import { verdictLine } from './ui';

export const HINTS: Record<HintCode, Record<Lang, string>> = {
  'n-minus-1': { en: 'You divided by n − 1: the mean squared error divides by n, the number of values.', zh: '你除以了 n − 1：均方误差要除以 n，即数值的个数。' },
  'sum-not-mean': { en: 'You gave the sum: divide by n to get the mean.', zh: '你给出的是总和：除以 n 才是平均值。' },
  'not-squared': { en: 'You averaged the absolute differences: square each difference first.', zh: '你对差的绝对值求了平均：要先把每个差平方。' },
  root: { en: 'You took the square root (that is the RMSE): the mean squared error has no root.', zh: '你取了平方根（那是均方根误差 RMSE）：均方误差不开方。' },
  log10: { en: 'You used the base-10 logarithm: the book’s log is the natural logarithm, ln.', zh: '你用了以 10 为底的对数：本书的 log 是自然对数 ln。' },
  sign: { en: 'Check the sign: a loss is never negative, so the minus sign in front of the sum matters.', zh: '检查符号：损失不会是负数，求和前的负号不能漏。' },
  'article-form': {
    en: 'You used only the samples labelled 1 (the original article’s form): binary cross-entropy also adds (1 − y) ln(1 − ŷ) for the samples labelled 0.',
    zh: '你只计算了标签为 1 的样本（原文的形式）：二元交叉熵对标签为 0 的样本还要加上 (1 − y) ln(1 − ŷ)。',
  },
  'gradient-sign': { en: 'Check the sign of the gradient: the step goes against the gradient, θ − α g.', zh: '检查梯度的符号：更新方向与梯度相反，θ − α g。' },
  'no-lr': { en: 'You subtracted the whole gradient: multiply it by the learning rate α first.', zh: '你减去了整个梯度：要先乘以学习率 α。' },
  'step-only': { en: 'That is the step, not the new parameters: add it to θ.', zh: '这是更新量，不是新参数：要把它加到 θ 上。' },
  'no-momentum': { en: 'You forgot the momentum term β v: that is a plain gradient descent step.', zh: '你漏掉了动量项 β v：这是普通梯度下降的一步。' },
  velocity: { en: 'That is the new velocity v, not the new parameters θ.', zh: '这是新的速度 v，不是新参数 θ。' },
  'form-seed': { en: 'You used the original article’s form: follow the convention the exercise names.', zh: '你用了原文的形式：请按题目指定的约定计算。' },
  'form-pytorch': { en: 'You used PyTorch’s convention (v ← βv + g; θ ← θ − αv): follow the convention the exercise names.', zh: '你用了 PyTorch 的约定（v ← βv + g；θ ← θ − αv）：请按题目指定的约定计算。' },
  'form-keras': { en: 'You used Keras’s convention (v ← βv − αg; θ ← θ + v): follow the convention the exercise names.', zh: '你用了 Keras 的约定（v ← βv − αg；θ ← θ + v）：请按题目指定的约定计算。' },
  'no-bias-correction': { en: 'You forgot the bias correction: divide m by 1 − β₁ᵗ and v by 1 − β₂ᵗ.', zh: '你漏掉了偏差修正：m 要除以 1 − β₁ᵗ，v 要除以 1 − β₂ᵗ。' },
  'one-step': { en: 'That is the result after one step: repeat the update for every step, with t = 1, 2, ….', zh: '这是一步之后的结果：每一步都要更新，t = 1, 2, …。' },
  'no-scaling': { en: 'You forgot the √d_k scaling: divide the scores q·k by √d_k before the softmax.', zh: '你漏掉了 √d_k 缩放：在 softmax 之前把得分 q·k 除以 √d_k。' },
  'no-mask': { en: 'You forgot the causal mask: a position may only attend to itself and earlier positions.', zh: '你漏掉了因果掩码：一个位置只能关注它自己和它之前的位置。' },
  scores: { en: 'Those are the scaled scores: apply the softmax to the row to get weights that sum to 1.', zh: '这是缩放后的得分：对这一行做 softmax，得到和为 1 的权重。' },
  'column-softmax': { en: 'You normalized a column: the softmax runs along each row (over the keys, for one query).', zh: '你对一列做了归一化：softmax 沿每一行进行（对一个查询，遍历所有键）。' },
  'loss-not-perplexity': { en: 'That is the loss (the mean negative log-likelihood): perplexity is e to the power of it.', zh: '这是损失（平均负对数似然）：困惑度是 e 的这个次方。' },
  'no-root': { en: 'You forgot the n-th root: perplexity is the inverse of the geometric mean of the probabilities.', zh: '你漏掉了 n 次方根：困惑度是各概率几何平均数的倒数。' },
  'arithmetic-mean': { en: 'You averaged 1/p arithmetically: perplexity uses the geometric mean (average the logarithms).', zh: '你对 1/p 取了算术平均：困惑度用的是几何平均（对对数求平均）。' },
  inverse: { en: 'That is the geometric mean of the probabilities: perplexity is its inverse (check the sign of the exponent).', zh: '这是各概率的几何平均数：困惑度是它的倒数（检查指数的符号）。' },
  log2: { en: 'Mixed bases: if you average log₂ p, raise 2 (not e) to the result.', zh: '底数混用了：如果对 log₂ p 求平均，应该求 2（而不是 e）的幂。' },
  'no-bias': { en: 'You forgot the bias terms: each unit also has one bias.', zh: '你漏掉了偏置：每个单元还有一个偏置。' },
  'bias-per-input': { en: 'There is one bias per unit (output), not per input.', zh: '偏置是每个单元（输出）一个，而不是每个输入一个。' },
  added: { en: 'Every input connects to every unit: multiply inputs by units for the weights, then add the biases.', zh: '每个输入都连接到每个单元：权重数是输入数乘以单元数，再加上偏置。' },
  'no-renormalization': { en: 'You cut the tokens but did not renormalize: divide the kept probabilities by their sum so that they add up to 1.', zh: '你去掉了词元，但没有重新归一化：把保留下来的概率除以它们的和，使总和为 1。' },
  'temperature-multiplied': { en: 'You multiplied the logits by T: the temperature divides them, softmax(ℓ / T).', zh: '你把 logit 乘以了 T：温度是除数，softmax(ℓ / T)。' },
  'no-temperature': { en: 'You left out the temperature: divide the logits by T before the softmax.', zh: '你漏掉了温度：在 softmax 之前先把 logit 除以 T。' },
  'no-truncation': { en: 'That is the full softmax: top-p then keeps only the most probable tokens until their cumulative probability reaches p.', zh: '这是完整的 softmax：接下来 top-p 只保留概率最高的那些词元，直到累计概率达到 p。' },
  'crossing-token': { en: 'You left out the token that makes the cumulative probability reach p: top-p keeps it too.', zh: '你漏掉了使累计概率达到 p 的那个词元：top-p 也要保留它。' },
  'sin-cos-swapped': { en: 'Sine and cosine are swapped: even entries (2i) take the sine, odd entries (2i + 1) the cosine.', zh: '正弦和余弦弄反了：偶数位（2i）用正弦，奇数位（2i + 1）用余弦。' },
  'pair-index': { en: 'Entries 2i and 2i + 1 share one frequency: for entry j use i = ⌊j / 2⌋ in the exponent 2i / d.', zh: '第 2i 和 2i + 1 个分量共用一个频率：第 j 个分量在指数 2i / d 中取 i = ⌊j / 2⌋。' },
  degrees: { en: 'The angle is in radians, not degrees: set your calculator to radians.', zh: '角度以弧度计，而不是角度制：请把计算器设为弧度。' },
  'exponent-sign': { en: 'Check the exponent: the position is divided by 10000^(2i/d), so the frequency is 10000^(−2i/d).', zh: '检查指数：位置要除以 10000^(2i/d)，所以频率是 10000^(−2i/d)。' },
  generic: { en: 'Not quite. Work through the formula step by step, then compare with the worked solution.', zh: '不太对。请按公式一步一步计算，再与详解对照。' },
};

/** The verdict line shown after Check (text only; never HTML). */
export function verdictText(r: CheckResult, lang: Lang): string {
  return verdictLine(r, lang, HINTS_OF[lang]);
}

const HINTS_OF: Record<Lang, Record<string, string>> = {
  en: Object.fromEntries(Object.entries(HINTS).map(([k, v]) => [k, v.en])),
  zh: Object.fromEntries(Object.entries(HINTS).map(([k, v]) => [k, v.zh])),
};

export { answerErrorText } from './ui';
