/**
 * The tiny language-model lab's words, in both languages (src/islands/TinyLmLab.tsx,
 * src/components/TinyLmLab.astro). Numbers are formatted here, never typed into prose.
 */
import type { Lang } from '../book/book';
import { CHAPTERS } from '../book/book';
import type { LmErrorKey, Mode, RunKind } from './protocol';
import { OWN_TEXT_MAX_BYTES } from './protocol';

export type LabStatus = 'idle' | 'loading' | 'running' | 'generating' | 'done' | 'stopped' | 'error';

/** A corpus choice's name in the page's language. */
export function corpusName(corpus: string, lang: Lang): string {
  const fixed: Record<string, Record<Lang, string>> = {
    book: { en: 'The whole book (both editions)', zh: '全书（中英文两版）' },
    en: { en: 'The English edition', zh: '英文版' },
    zh: { en: 'The Chinese edition', zh: '中文版' },
    own: { en: 'Your own text (pasted below)', zh: '你自己的文本（粘贴在下方）' },
  };
  if (fixed[corpus]) return fixed[corpus]![lang];
  const slug = corpus.replace(/^chapter:/, '');
  const ch = CHAPTERS.find((c) => c.slug === slug);
  if (!ch) return corpus;
  if (ch.number === null) return ch.title[lang];
  return lang === 'zh' ? `第 ${ch.number} 章：${ch.title.zh}` : `Chapter ${ch.number}: ${ch.title.en}`;
}

/** A corpus as named inside a sentence ("chapter 5", "第 5 章", "the whole book"). */
export function corpusInSentence(corpus: string, lang: Lang): string {
  const ch = CHAPTERS.find((c) => `chapter:${c.slug}` === corpus);
  if (ch && ch.number !== null) return lang === 'zh' ? `第 ${ch.number} 章` : `chapter ${ch.number}`;
  const fixed: Record<string, Record<Lang, string>> = {
    book: { en: 'the whole book', zh: '全书' },
    en: { en: 'the English edition', zh: '英文版' },
    zh: { en: 'the Chinese edition', zh: '中文版' },
    own: { en: 'your own text', zh: '你自己的文本' },
  };
  return fixed[corpus]?.[lang] ?? corpusName(corpus, lang);
}

export const MODE_NAMES: Record<Mode, Record<Lang, string>> = {
  pretrain: { en: 'Pretrain on the whole book', zh: '在全书上预训练' },
  adapt: { en: 'Adapt the pretrained model', zh: '在预训练模型上继续训练（适配）' },
  scratch: { en: 'Train from scratch', zh: '从零开始训练' },
  compare: { en: 'Compare: adapt vs. from scratch', zh: '对比：适配与从零训练' },
};

export const RUN_NAMES: Record<RunKind, Record<Lang, string>> = {
  pretrain: { en: 'pretraining', zh: '预训练' },
  adapt: { en: 'adapted', zh: '适配' },
  scratch: { en: 'from scratch', zh: '从零训练' },
};

const KB = OWN_TEXT_MAX_BYTES / 1024;

export const LAB_TEXT = {
  en: {
    training: 'Training',
    generation: 'Generation',
    train: 'Train',
    stop: 'Stop',
    reset: 'Reset',
    generate: 'Generate',
    ownText: `Your text (up to ${KB} KB; it never leaves your browser)`,
    length: 'Length (characters)',
    sampleSeed: 'Sampling seed',
    layer: 'Layer shown',
    head: 'Head shown',
    results: 'Results',
    status: 'Status',
    statuses: { idle: 'idle', loading: 'loading…', running: 'training', generating: 'generating…', done: 'done', stopped: 'stopped', error: 'error' } as Record<LabStatus, string>,
    loadingWhat: { tfjs: 'Loading TensorFlow.js…', corpus: 'Loading the corpus…', checkpoint: 'Loading the pretrained model…' },
    step: 'Step',
    trainLoss: 'Training loss (nats/token)',
    validationLoss: 'Validation loss (nats/token)',
    perplexity: 'Validation perplexity',
    initialLoss: 'Loss before the first step',
    tokensPerSecond: 'Tokens per second',
    parameters: 'Parameters',
    vocabulary: 'Vocabulary (characters)',
    tensors: 'Live tensors',
    adapted: 'Perplexity, adapted',
    scratch: 'Perplexity, from scratch',
    backend: 'Backend',
    validationSections: 'Held-out validation sections',
    validationOwn: 'Validation: the last part of your text',
    chart: 'Validation perplexity by step',
    chartEmpty: 'Train to draw the validation-perplexity curves.',
    sample: 'Generated text',
    nextToken: 'Next-token distribution (top 10) for the prompt',
    token: 'Token',
    probability: 'Probability',
    attention: 'Attention of the prompt',
    attentionCaption: (layer: number, head: number) => `Layer ${layer + 1}, head ${head + 1}: row = query token, column = key token (darker = more attention).`,
    attentionTable: 'Attention as a table',
    query: 'query ↓ / key →',
    progressIdle: 'Not started',
    progress: 'Training progress',
    progressValue: (run: string, step: number, steps: number) => `${run}: step ${step} of ${steps}`,
    na: '—',
    stopped: 'Stopped. A stopped run’s weights are dropped: Generate uses the last model that finished training, or the pretrained one.',
    stopUnanswered: 'The worker did not answer Stop in time and was ended; nothing of it is left.',
    workerFailed: 'The language-model worker could not be started (a script failed to load).',
    fixSettings: 'Please correct the settings:',
    urlSettings: 'Some settings in the address were not used (the defaults are shown):',
    errors: {
      'corpus-download': 'The book corpus could not be downloaded. Check your connection and press Train again.',
      'corpus-damaged': 'The downloaded corpus is damaged. Press Train to try again.',
      'checkpoint-download': 'The pretrained model could not be downloaded. You can still train from scratch.',
      'checkpoint-damaged': 'The pretrained model file is damaged. You can still train from scratch.',
      'checkpoint-config': 'Adapting needs the pretrained model’s shape: set layers, heads, width and context to their defaults (Reset), or train from scratch.',
      'own-text-empty': 'Your text is too short to split into a training and a validation part. Paste more text.',
      'own-text-too-long': `Your text is longer than ${KB} KB; paste a shorter one.`,
      config: 'The settings were refused.',
      'no-model': 'There is no model yet: train one first.',
      backend: 'No TensorFlow.js backend could be started in this browser.',
      internal: 'Something went wrong in the worker; memory was released and you can try again.',
    } as Record<LmErrorKey, string>,
    legendAdapt: 'adapted (from pretrained weights)',
    legendScratch: 'from scratch (random weights)',
    legendSingle: 'validation perplexity',
    staticNote: 'The lab needs JavaScript. Without it, here is what it does and what the book measured.',
  },
  zh: {
    training: '训练',
    generation: '生成',
    train: '训练',
    stop: '停止',
    reset: '重置',
    generate: '生成',
    ownText: `你的文本（最多 ${KB} KB，不会离开你的浏览器）`,
    length: '长度（字符）',
    sampleSeed: '采样种子',
    layer: '显示的层',
    head: '显示的注意力头',
    results: '结果',
    status: '状态',
    statuses: { idle: '空闲', loading: '加载中…', running: '训练中', generating: '生成中…', done: '完成', stopped: '已停止', error: '出错' } as Record<LabStatus, string>,
    loadingWhat: { tfjs: '正在加载 TensorFlow.js…', corpus: '正在加载语料…', checkpoint: '正在加载预训练模型…' },
    step: '步数',
    trainLoss: '训练损失（奈特/词元）',
    validationLoss: '验证损失（奈特/词元）',
    perplexity: '验证困惑度',
    initialLoss: '第一步之前的损失',
    tokensPerSecond: '每秒词元数',
    parameters: '参数量',
    vocabulary: '词表（字符数）',
    tensors: '存活张量数',
    adapted: '困惑度（适配）',
    scratch: '困惑度（从零训练）',
    backend: '后端',
    validationSections: '留出的验证小节',
    validationOwn: '验证集：你的文本的最后一部分',
    chart: '验证困惑度随步数的变化',
    chartEmpty: '训练后这里会画出验证困惑度曲线。',
    sample: '生成的文本',
    nextToken: '提示之后下一个词元的分布（前 10 个）',
    token: '词元',
    probability: '概率',
    attention: '提示的注意力',
    attentionCaption: (layer: number, head: number) => `第 ${layer + 1} 层、第 ${head + 1} 个头：行是查询词元，列是键词元（颜色越深，注意力越大）。`,
    attentionTable: '以表格显示注意力',
    query: '查询 ↓ / 键 →',
    progressIdle: '尚未开始',
    progress: '训练进度',
    progressValue: (run: string, step: number, steps: number) => `${run}：第 ${step} 步，共 ${steps} 步`,
    na: '—',
    stopped: '已停止。被停止的运行不保留权重：“生成”使用最近一次完成训练的模型，若没有则使用预训练模型。',
    stopUnanswered: '后台线程没有及时响应“停止”，已被结束，不留任何残余。',
    workerFailed: '无法启动语言模型的后台线程（有脚本加载失败）。',
    fixSettings: '请更正以下设置：',
    urlSettings: '网址中的部分设置未被采用（已显示默认值）：',
    errors: {
      'corpus-download': '无法下载全书语料。请检查网络连接后再次点击“训练”。',
      'corpus-damaged': '下载的语料已损坏。请点击“训练”重试。',
      'checkpoint-download': '无法下载预训练模型。你仍然可以从零开始训练。',
      'checkpoint-damaged': '预训练模型文件已损坏。你仍然可以从零开始训练。',
      'checkpoint-config': '适配需要与预训练模型相同的结构：请把层数、头数、宽度和上下文长度恢复为默认值（重置），或者从零开始训练。',
      'own-text-empty': '你的文本太短，无法分成训练和验证两部分。请粘贴更多文本。',
      'own-text-too-long': `你的文本超过 ${KB} KB，请粘贴更短的文本。`,
      config: '设置未被接受。',
      'no-model': '还没有模型：请先训练一个。',
      backend: '这个浏览器无法启动任何 TensorFlow.js 后端。',
      internal: '后台线程出错；内存已释放，可以再试一次。',
    } as Record<LmErrorKey, string>,
    legendAdapt: '适配（从预训练权重开始）',
    legendScratch: '从零训练（随机权重）',
    legendSingle: '验证困惑度',
    staticNote: '这个实验需要 JavaScript。下面说明它做什么，以及本书测得的结果。',
  },
} as const;

/** A number as the lab shows it (never NaN: null or a non-finite value shows a dash). */
export function fmt(v: number | null | undefined, digits = 3): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);
}
export function fmtInt(v: number | null | undefined, lang: Lang): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : Math.round(v).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
}
