/**
 * Every string the optimizer playground shows, in both editions, and the
 * bilingual error messages. Messages are plain text (rendered as text nodes,
 * never as HTML), so a token from the URL cannot inject markup.
 */
import type { Lang } from '../book/book';
import { formatNumber } from '../maths/numbers';
import { LIMITS, type Field, type FieldError, type OptId, type PlaygroundForm, type Settings } from './settings';
import type { SurfaceId } from './surfaces';

/** 2nd, 3rd, 5th, 11th, 21st … */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export interface PlaygroundStrings {
  fieldName: Record<Field, string>;
  surfaceName: Record<SurfaceId, string>;
  surfaceFormula: Record<SurfaceId, string>;
  optName: Record<OptId, string>;
  formName: Record<PlaygroundForm, string>;
  controls: string;
  lrSlider: string;
  betaSlider: string;
  kappaSlider: string;
  play: string;
  pause: string;
  step: string;
  reset: string;
  defaults: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  plotLabel: string;
  plotHint: string;
  lossChartLabel: string;
  lossAxis: Record<'log' | 'symlog', string>;
  iteration: string;
  legend: string;
  minimum: string;
  saddlePoint: string;
  startPoint: string;
  results: string;
  finalLoss: string;
  finalPoint: string;
  stepOf: (k: number, n: number) => string;
  divergedAt: (k: number) => string;
  table: string;
  tableStride: (k: number) => string;
  step_: string;
  diverged: string;
  startHint: string;
  formNote: string;
  kappaUnused: string;
  /** Punctuation: full stop, list comma, the dash between an optimizer's name and its results. */
  fullStop: string;
  comma: string;
  nameSep: string;
  errorsFrom: { url: string; typed: string };
  caption: (s: Settings) => string;
  noscript: string;
}

const fmt = formatNumber;

export const STRINGS: Record<Lang, PlaygroundStrings> = {
  en: {
    fieldName: {
      surface: 'Surface',
      kappa: 'Curvature ratio κ',
      opt: 'Optimizers shown',
      lr: 'Learning rate',
      beta: 'Momentum β',
      steps: 'Steps',
      noise: 'Noise scale',
      seed: 'Random seed',
      start: 'Start point (x, y)',
      form: 'Momentum form',
    },
    surfaceName: { bowl: 'Bowl', rosenbrock: 'Rosenbrock', saddle: 'Saddle' },
    surfaceFormula: {
      bowl: 'f(x, y) = ½(x² + κy²)',
      rosenbrock: 'f(x, y) = (1 − x)² + 100(y − x²)²',
      saddle: 'f(x, y) = x² − y²',
    },
    optName: { gd: 'Gradient descent', sgd: 'SGD (noisy gradient)', momentum: 'Momentum', adam: 'Adam' },
    formName: { pytorch: 'PyTorch: v ← βv + g, θ ← θ − αv', seed: 'Original article: θ ← θ − αg + βv' },
    controls: 'Settings',
    lrSlider: 'Learning rate slider (log scale)',
    betaSlider: 'Momentum β slider',
    kappaSlider: 'Curvature ratio κ slider',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Rewind',
    defaults: 'Restore defaults',
    copyLink: 'Copy link to this setting',
    copied: 'Link copied.',
    copyFailed: 'Could not copy; the address bar holds the link to this setting.',
    plotLabel: 'Contour plot of the loss surface with the optimizers’ paths',
    plotHint:
      'Click or tap the plot to place the start point, drag the ring, or focus the plot and use the arrow keys (Shift: larger steps).',
    lossChartLabel: 'Loss versus iteration',
    lossAxis: { log: 'loss (log scale)', symlog: 'loss (signed log scale)' },
    iteration: 'iteration',
    legend: 'Legend',
    minimum: 'minimum',
    saddlePoint: 'saddle point',
    startPoint: 'start',
    results: 'Results',
    finalLoss: 'final loss',
    finalPoint: 'final point',
    stepOf: (k, n) => `Step ${k} of ${n}`,
    divergedAt: (k) => `diverged at step ${k}`,
    table: 'Trajectories as a table',
    tableStride: (k) => (k === 1 ? 'Every step.' : `Every ${ordinal(k)} step, and the last.`),
    step_: 'step',
    diverged: 'diverged',
    startHint: 'Two numbers inside the view, e.g. -3.5, 2',
    formNote:
      'With a constant learning rate the two forms take exactly the same steps; they differ only in what v stores (PyTorch: a running sum of gradients; the article: the previous step).',
    kappaUnused: 'κ applies to the bowl only.',
    fullStop: '.',
    comma: ', ',
    nameSep: ' — ',
    errorsFrom: { url: 'In the link', typed: '' },
    caption: (s) =>
      `Paths of ${s.opts.length} optimizer${s.opts.length === 1 ? '' : 's'} on the ${STRINGS.en.surfaceName[s.surface].toLowerCase()} surface ${STRINGS.en.surfaceFormula[s.surface]}${s.surface === 'bowl' ? ` with κ = ${fmt(s.kappa)}` : ''}, from (${fmt(s.start[0])}, ${fmt(s.start[1])}), learning rate ${fmt(s.lr)}, β = ${fmt(s.beta)}, ${s.steps} steps, SGD noise scale ${fmt(s.noise)} (seed ${s.seed}). Gray lines are contours (lines of equal loss); the cross marks the ${s.surface === 'saddle' ? 'saddle point' : 'minimum'}.`,
    noscript: 'The figure shows the default setting; the controls need JavaScript.',
  },
  zh: {
    fieldName: {
      surface: '损失曲面',
      kappa: '曲率比 κ',
      opt: '显示的优化器',
      lr: '学习率',
      beta: '动量系数 β',
      steps: '步数',
      noise: '噪声尺度',
      seed: '随机种子',
      start: '起点 (x, y)',
      form: '动量写法',
    },
    surfaceName: { bowl: '碗形', rosenbrock: 'Rosenbrock', saddle: '鞍形' },
    surfaceFormula: {
      bowl: 'f(x, y) = ½(x² + κy²)',
      rosenbrock: 'f(x, y) = (1 − x)² + 100(y − x²)²',
      saddle: 'f(x, y) = x² − y²',
    },
    optName: { gd: '梯度下降', sgd: 'SGD（带噪声的梯度）', momentum: '动量法', adam: 'Adam' },
    formName: { pytorch: 'PyTorch：v ← βv + g，θ ← θ − αv', seed: '原文：θ ← θ − αg + βv' },
    controls: '设置',
    lrSlider: '学习率滑块（对数刻度）',
    betaSlider: '动量系数 β 滑块',
    kappaSlider: '曲率比 κ 滑块',
    play: '播放',
    pause: '暂停',
    step: '单步',
    reset: '回到起点',
    defaults: '恢复默认设置',
    copyLink: '复制当前设置的链接',
    copied: '链接已复制。',
    copyFailed: '无法复制；地址栏中就是当前设置的链接。',
    plotLabel: '损失曲面等高线图与各优化器的路径',
    plotHint: '点击图中任意位置设置起点，或拖动圆环；也可以让图获得焦点后用方向键移动起点（按住 Shift 步子更大）。',
    lossChartLabel: '损失随迭代次数的变化',
    lossAxis: { log: '损失（对数刻度）', symlog: '损失（带符号的对数刻度）' },
    iteration: '迭代次数',
    legend: '图例',
    minimum: '最小值',
    saddlePoint: '鞍点',
    startPoint: '起点',
    results: '结果',
    finalLoss: '最终损失',
    finalPoint: '最终位置',
    stepOf: (k, n) => `第 ${k} 步，共 ${n} 步`,
    divergedAt: (k) => `第 ${k} 步发散`,
    table: '以表格查看轨迹',
    tableStride: (k) => (k === 1 ? '列出每一步。' : `每隔 ${k} 步列出一行，并列出最后一步。`),
    step_: '步',
    diverged: '已发散',
    startHint: '视图范围内的两个数，例如 -3.5, 2',
    formNote:
      '学习率不变时，两种写法走出的每一步完全相同，区别只在于 v 存的是什么（PyTorch：梯度的累积；原文：上一步的位移）。',
    kappaUnused: 'κ 只对碗形曲面起作用。',
    fullStop: '。',
    comma: '，',
    nameSep: '：',
    errorsFrom: { url: '链接中', typed: '' },
    caption: (s) =>
      `${s.opts.length} 种优化器在${STRINGS.zh.surfaceName[s.surface]}曲面 ${STRINGS.zh.surfaceFormula[s.surface]}${s.surface === 'bowl' ? `（κ = ${fmt(s.kappa)}）` : ''}上的路径：起点 (${fmt(s.start[0])}, ${fmt(s.start[1])})，学习率 ${fmt(s.lr)}，β = ${fmt(s.beta)}，共 ${s.steps} 步，SGD 噪声尺度 ${fmt(s.noise)}（种子 ${s.seed}）。灰线是等高线（损失相等的点连成的线），叉号标出${s.surface === 'saddle' ? '鞍点' : '最小值'}。`,
    noscript: '图中是默认设置的结果；交互控件需要 JavaScript。',
  },
};

/** A limit as readers type it: whole numbers in full (the seed's 4294967295), others in display format. */
function limit(v: number): string {
  return Number.isSafeInteger(v) ? String(v) : formatNumber(v);
}

function range(lang: Lang, e: FieldError): string {
  const lo = limit(e.min ?? 0);
  const hi = limit(e.max ?? 0);
  if (lang === 'zh') return e.maxExclusive ? `不小于 ${lo} 且小于 ${hi}` : `在 ${lo} 到 ${hi} 之间`;
  return e.maxExclusive ? `at least ${lo} and less than ${hi}` : `between ${lo} and ${hi}`;
}

/**
 * The message for a refused setting, naming the field, in the page's language.
 * `source` 'url' prefixes the URL parameter's name; the last valid value is kept either way.
 */
export function errorMessage(lang: Lang, e: FieldError, source: 'url' | 'typed' = 'typed', param?: string): string {
  const t = STRINGS[lang];
  const name = t.fieldName[e.field];
  const tok = e.token !== undefined ? (lang === 'zh' ? `“${e.token}”` : `“${e.token}”`) : '';
  let why: string;
  if (lang === 'zh') {
    switch (e.code) {
      case 'empty':
        why = '不能为空';
        break;
      case 'not-a-number':
        why = `${tok}不是数字`;
        break;
      case 'not-finite':
        why = `${tok}超出了可表示的范围`;
        break;
      case 'not-integer':
        why = `${tok}不是整数`;
        break;
      case 'out-of-range':
        why = `须${range(lang, e)}（收到 ${e.token ?? ''}）`;
        break;
      case 'not-in-choices':
        why = `${tok}不是可选项（可选：${(e.choices ?? []).join('、')}）`;
        break;
      case 'none-selected':
        why = '至少要选一个优化器';
        break;
      case 'not-a-point':
        why = `${tok}不是“x, y”形式的两个数`;
        break;
      case 'outside-view':
        why = `${tok}不在视图范围内（x 在 ${fmtV(e, 'x')}，y 在 ${fmtV(e, 'y')}）`;
        break;
      case 'too-many':
        why = '数值过多';
        break;
    }
    const where = source === 'url' ? `链接参数 ${param ?? ''}（${name}）` : name;
    return `${where}：${why}。已保留上一个有效值。`;
  }
  switch (e.code) {
    case 'empty':
      why = 'is empty';
      break;
    case 'not-a-number':
      why = `${tok} is not a number`;
      break;
    case 'not-finite':
      why = `${tok} is too large to represent`;
      break;
    case 'not-integer':
      why = `${tok} is not a whole number`;
      break;
    case 'out-of-range':
      why = `must be ${range(lang, e)} (got ${e.token ?? ''})`;
      break;
    case 'not-in-choices':
      why = `${tok} is not one of: ${(e.choices ?? []).join(', ')}`;
      break;
    case 'none-selected':
      why = 'choose at least one optimizer';
      break;
    case 'not-a-point':
      why = `${tok} is not two numbers “x, y”`;
      break;
    case 'outside-view':
      why = `${tok} lies outside the view (x in ${fmtV(e, 'x')}, y in ${fmtV(e, 'y')})`;
      break;
    case 'too-many':
      why = 'has too many values';
      break;
  }
  const where = source === 'url' ? `Link parameter ${param ?? ''} (${name})` : name;
  return `${where}: ${why}. The last valid value is kept.`;
}

function fmtV(e: FieldError, axis: 'x' | 'y'): string {
  const v = e.view;
  if (!v) return '';
  return axis === 'x'
    ? `[${formatNumber(v.xMin)}, ${formatNumber(v.xMax)}]`
    : `[${formatNumber(v.yMin)}, ${formatNumber(v.yMax)}]`;
}

/** Exposed for the range hints next to the inputs. */
export function rangeHint(lang: Lang, field: 'kappa' | 'lr' | 'beta' | 'steps' | 'noise' | 'seed'): string {
  const l = LIMITS[field];
  return range(lang, { field, code: 'out-of-range', min: l.min, max: l.max, maxExclusive: field === 'beta' });
}

// ---------------------------------------------------------------- colors and markers

export interface OptStyle {
  /** Stroke color on the light theme (white background) and on the dark theme. */
  light: string;
  dark: string;
  /** SVG stroke-dasharray ('' for solid), so color is not the only cue. */
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

export const OPT_STYLE: Record<OptId, OptStyle> = {
  gd: { light: '#0b5fa5', dark: '#6cb8f0', dash: '', marker: 'circle' },
  sgd: { light: '#b04a00', dark: '#f5a35c', dash: '2 3', marker: 'square' },
  momentum: { light: '#00734f', dark: '#4fd6a4', dash: '8 4', marker: 'triangle' },
  adam: { light: '#8a2c8a', dark: '#e69ae0', dash: '10 3 2 3', marker: 'diamond' },
};

/** Starlight's page backgrounds: --sl-color-black in each theme. */
export const THEME_BG = { light: '#ffffff', dark: 'hsl(224, 10%, 10%)' } as const;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Parses "#rrggbb" or "hsl(h, s%, l%)" to sRGB 0–255. */
export function toRgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const hsl = /^hsl\(\s*([\d.]+)\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%\s*\)$/i.exec(color);
  if (hsl) {
    const h = Number(hsl[1]);
    const s = Number(hsl[2]) / 100;
    const l = Number(hsl[3]) / 100;
    const k = (n: number) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
  }
  throw new RangeError(`unsupported color ${color}`);
}

/** WCAG 2.1 contrast ratio. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = toRgb(c);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const la = lum(a);
  const lb = lum(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
