/**
 * The changelog's one hand-written list: sections whose text was revised in an
 * edition, with a short note in both languages. Everything else on the changes
 * pages (/en/changes/, /zh/changes/) is derived, never typed twice:
 * - added: ids first published in an edition (src/data/published-ids.json);
 * - corrected: errata (src/data/errata.ts, `edition`, default the first), and
 *   the revisions below of kind 'corrected' (the book's own earlier text);
 * - moved: declared moves (src/data/moves.ts).
 * See src/lib/changelog.ts.
 */
export interface Revision {
  /** The edition that revised it. */
  edition: string;
  /** A heading, example, equation or page id of the book. */
  id: string;
  note: { en: string; zh: string };
  /**
   * 'corrected' for a correction of the book's own earlier text (listed under
   * "Corrected" with its note; corrections of the original article are errata,
   * src/data/errata.ts); default 'revised'.
   */
  kind?: 'revised' | 'corrected';
}

export const REVISIONS: readonly Revision[] = [
  // ── Edition 2: the sections rewritten after the first content review ──────
  {
    edition: '2',
    id: 'math',
    note: {
      en: 'Introduction: says that the original printed a wrong result in four of its five worked examples, and that every example is now computed by the calculators.',
      zh: '引言：说明原文五个算例中有四个结果有误，本书的每个算例都改由计算器算出。',
    },
  },
  {
    edition: '2',
    id: 'pretraining-and-adaptation',
    note: {
      en: 'Attention is described per model family: only from earlier positions in GPT-style models, from both sides in BERT-style models.',
      zh: '按模型类型说明注意力：GPT 类模型只关注前面的位置，BERT 类模型关注两侧。',
    },
  },
  {
    edition: '2',
    id: 'data-collection-and-preprocessing',
    note: { en: 'Adds subword tokenization (byte-pair encoding) and deduplication, with sources.', zh: '补充子词切分（字节对编码）和去重，并给出出处。' },
  },
  {
    edition: '2',
    id: 'model-training',
    note: {
      en: 'Expanded: data and model parallelism, partitioned optimizer state, mixed precision, compute-optimal scaling and checkpoints, with sources.',
      zh: '扩写：数据并行与模型并行、优化器状态分片、混合精度、计算最优的规模配比和检查点，并给出出处。',
    },
  },
  {
    edition: '2',
    id: 'deployment-and-operations',
    note: {
      en: 'Expanded: quantization, distillation and distribution shift, with sources.',
      zh: '扩写：量化、蒸馏和分布偏移，并给出出处。',
    },
  },
  {
    edition: '2',
    id: 'gradient-descent',
    note: { en: 'Expanded, with a worked example computed by the calculator.', zh: '扩写，并加入由计算器算出的算例。' },
  },
  {
    edition: '2',
    id: 'adam',
    note: {
      en: 'Expanded, with a worked example in both the paper’s and the Keras form.',
      zh: '扩写，并加入论文形式和 Keras 形式的算例。',
    },
  },
  {
    edition: '2',
    id: 'results',
    note: {
      en: 'Explains why the original’s progress line (1000/1000) counts samples, as Keras did up to TensorFlow 2.1.',
      zh: '说明原文的进度行（1000/1000）为何按样本计数：TensorFlow 2.1 及以前的 Keras 即如此。',
    },
  },
  {
    edition: '2',
    id: 'speech-recognition',
    note: {
      en: 'Deep networks replaced Gaussian mixture models, not “statistical acoustic models”; Whisper cited.',
      zh: '改正：深度网络取代的是高斯混合模型，而非“统计声学模型”；引用 Whisper。',
    },
  },
  {
    edition: '2',
    id: 'multimodality',
    note: { en: 'Expanded, with sources.', zh: '扩写，并给出出处。' },
  },
  {
    edition: '2',
    id: 'adaptive-and-reinforcement-learning',
    note: { en: 'Expanded; RLHF sourced.', zh: '扩写；为 RLHF 补充出处。' },
  },
  {
    edition: '2',
    id: 'privacy-and-security',
    note: { en: 'Memorization of training data sourced.', zh: '为训练数据的记忆问题补充出处。' },
  },
  {
    edition: '2',
    id: 'editors',
    note: { en: 'Each entry says what it is good for and for whom.', zh: '每一项都说明用处和适合的读者。' },
  },
  {
    edition: '2',
    id: 'containers',
    note: { en: 'Each entry says what it is good for and for whom.', zh: '每一项都说明用处和适合的读者。' },
  },
  {
    edition: '2',
    id: 'websites',
    note: { en: 'Each entry says what it is good for and for whom.', zh: '每一项都说明用处和适合的读者。' },
  },
  {
    edition: '2',
    id: 'blogs',
    note: { en: 'Each entry says what it is good for and for whom.', zh: '每一项都说明用处和适合的读者。' },
  },
];
