/**
 * The changelog's one hand-written list: sections whose text was revised in an
 * edition, with a short note in both languages. Everything else on the changes
 * pages (/en/changes/, /zh/changes/) is derived, never typed twice:
 * - added: ids first published in an edition (src/data/published-ids.json);
 * - corrected: errata (src/data/errata.ts, `edition`, default the first), and
 *   the revisions below of kind 'corrected' (the book's own earlier text);
 * - moved: declared moves (src/data/moves.ts).
 * See src/lib/book/changelog.ts.
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
  // ── Edition 3: current to December 2026 (third content review) ───────────
  {
    edition: '3',
    id: 'what-is-a-foundation-model',
    note: {
      en: '“Prompt” is a glossary term (提示词 in Chinese).',
      zh: '“提示词”成为术语表中的术语。',
    },
  },
  {
    edition: '3',
    id: 'roadmap',
    note: {
      en: 'Chinese: chapter 8 is now titled 基础模型与社会.',
      zh: '中文：第 8 章改题为“基础模型与社会”。',
    },
  },
  {
    edition: '3',
    id: 'pretraining-and-adaptation',
    note: {
      en: 'Points to the new sections on in-context learning, retrieval, preference optimization and parameter-efficient fine-tuning.',
      zh: '指向新增的上下文学习、检索增强、偏好优化和参数高效微调各节。',
    },
  },
  {
    edition: '3',
    id: 'instruction-tuning-and-rlhf',
    kind: 'corrected',
    note: {
      en: '“RLHF does not add knowledge” was stated as fact without a source; now hedged and cited (LIMA). Labelers and raters are named consistently (标注员, 评分员).',
      zh: '原文无出处地断言“RLHF 不增加知识”；现改为审慎表述并引用 LIMA。标注员与评分员的称呼前后一致。',
    },
  },
  {
    edition: '3',
    id: 'deployment-and-operations',
    note: {
      en: 'Large language models are often served with 4-bit weights (GPTQ).',
      zh: '大语言模型常以 4 位权重部署（GPTQ）。',
    },
  },
  {
    edition: '3',
    id: 'relationship-with-other-fields',
    note: {
      en: 'Rewritten: homogenization, with links to chapter 6 instead of a list that repeated it.',
      zh: '重写：讲同质化，并链接第 6 章，不再重复其内容。',
    },
  },
  {
    edition: '3',
    id: 'language-models',
    kind: 'corrected',
    note: {
      en: 'Not every language foundation model predicts the next token: most of today’s large language models are decoder-only Transformers that do (BERT does not).',
      zh: '并非所有语言基础模型都预测下一个词元：如今的大语言模型大多是这样训练的仅解码器 Transformer（BERT 不是）。',
    },
  },
  {
    edition: '3',
    id: 'self-attention',
    kind: 'corrected',
    note: {
      en: 'The example’s first query has the same dot product (1) with keys 1 and 3; it does not point the same way as both.',
      zh: '例子中第一个查询与键 1、键 3 的点积相同（都为 1），而不是与两者方向相同。',
    },
  },
  {
    edition: '3',
    id: 'next-token-prediction',
    note: {
      en: 'Links the causal mask to its section, now that new sections follow self-attention.',
      zh: '因自注意力之后新增了几节，改为链接到讲因果掩码的一节。',
    },
  },
  {
    edition: '3',
    id: 'momentum',
    note: {
      en: 'Chinese: the velocity is “上一步的动量（速度）”, not “上一轮” (轮 means epoch).',
      zh: '中文：改为“上一步的动量（速度）”，不再用“上一轮”（“轮”指轮次）。',
    },
  },
  {
    edition: '3',
    id: 'real-data',
    kind: 'corrected',
    note: {
      en: 'MNIST has 70,000 images (60,000 training, 10,000 test); the lab uses the 10,000-digit sample of the mnist package. The database’s creators are cited by its own page, the paper by its authors.',
      zh: 'MNIST 共 7 万张图像（6 万训练、1 万测试）；实验用的是 mnist 软件包附带的 10000 个数字。数据库的创建者按其主页引用，论文按其作者引用。',
    },
  },
  {
    edition: '3',
    id: 'computer-vision',
    note: {
      en: 'Diffusion models, latent diffusion and promptable segmentation, with sources.',
      zh: '补充扩散模型、潜在扩散和可提示分割，并给出出处。',
    },
  },
  {
    edition: '3',
    id: 'recommender-systems',
    note: {
      en: 'Feedback loops and foundation models for recommendation, with sources.',
      zh: '补充反馈回路和用于推荐的基础模型，并给出出处。',
    },
  },
  {
    edition: '3',
    id: 'medical-diagnosis',
    note: {
      en: 'A measured result and its limits (Med-PaLM, Nature 2023).',
      zh: '补充一项实测结果及其局限（Med-PaLM，《自然》2023）。',
    },
  },
  {
    edition: '3',
    id: 'education',
    note: {
      en: 'Causal evidence: an AI tutor without guardrails raised practice grades and lowered exam grades (PNAS 2025).',
      zh: '补充因果证据：不设防护的 AI 辅导提高了练习成绩，却降低了考试成绩（PNAS 2025）。',
    },
  },
  {
    edition: '3',
    id: 'law',
    note: {
      en: 'Legal research tools measured: they hallucinated 17–33 % of the time (2025).',
      zh: '补充法律检索工具的实测：幻觉率为 17%–33%（2025）。',
    },
  },
  {
    edition: '3',
    id: 'websites',
    note: {
      en: 'English gains the “Good for / For” lines the Chinese had.',
      zh: '英文版补上中文版已有的“用处/适合”说明。',
    },
  },
  {
    edition: '3',
    id: 'data-and-documentation',
    note: {
      en: 'Consent figures for web data in 2023–24 (Longpre et al.).',
      zh: '补充 2023—2024 年网络数据授权情况的数字（Longpre 等）。',
    },
  },
  {
    edition: '3',
    id: 'labour',
    kind: 'corrected',
    note: {
      en: 'Cites the published studies: the customer-support study’s published figure is 15 % (QJE 2025), not only the working paper’s 14 %/34 %; Eloundou et al. in Science 2024.',
      zh: '改引正式发表的版本：客服研究的发表数字为 15%（QJE 2025），不再只用工作论文的 14%/34%；Eloundou 等改引 2024 年《科学》版本。',
    },
  },
  {
    edition: '3',
    id: 'environmental-cost',
    note: {
      en: 'Energies beside emissions and what each estimate counts; data-center demand (IEA 2025) and water.',
      zh: '在排放旁给出能耗及各项估计的口径；补充数据中心用电（IEA 2025）和用水。',
    },
  },
  {
    edition: '3',
    id: 'governance',
    note: {
      en: 'Current to December 2026.',
      zh: '更新至 2026 年 12 月。',
    },
  },
  {
    edition: '3',
    id: 'eu-ai-act',
    note: {
      en: 'Implementation: the GPAI Code of Practice and guidelines (2025), enforcement from August 2026, fines, the Digital Omnibus.',
      zh: '实施情况：通用目的人工智能行为准则与指南（2025）、2026 年 8 月起的执法、罚款、“数字综合法案”。',
    },
  },
  {
    edition: '3',
    id: 'china-generative-ai-measures',
    note: {
      en: 'The labeling measures for AI-generated content (in force 1 September 2025) and their national standard.',
      zh: '补充人工智能生成合成内容标识办法（2025 年 9 月 1 日施行）及其国家标准。',
    },
  },
  {
    edition: '3',
    id: 'voluntary-commitments',
    kind: 'corrected',
    note: {
      en: 'No longer presents the 2023 commitments as current US policy: the 2023 executive order was revoked in January 2025; federal policy since, and California SB 53.',
      zh: '不再把 2023 年的承诺当作美国现行政策：2023 年的行政令已于 2025 年 1 月撤销；补充此后的联邦政策和加州 SB 53。',
    },
  },
  {
    edition: '3',
    id: 'governance-compared',
    note: {
      en: 'The US column is federal policy since 2025 and California SB 53; an enforcement row.',
      zh: '美国一栏改为 2025 年以来的联邦政策和加州 SB 53；新增“执法”一行。',
    },
  },
  {
    edition: '3',
    id: 'release-strategies',
    kind: 'corrected',
    note: {
      en: 'A closed model is not misuse-proof (weights can leak or be stolen); the fine-tuning risk is sourced (Qi et al.); open-release shares (AI Index 2024).',
      zh: '封闭模型并非无法被滥用（权重可能泄露或被盗）；微调风险补充出处（Qi 等）；补充开放发布的比例（AI Index 2024）。',
    },
  },
  {
    edition: '3',
    id: 'evaluation',
    note: {
      en: 'Links evaluation with people and bias measurement, now sections of their own.',
      zh: '链接新增的“让人参与的评估”和“偏见的测量”两节。',
    },
  },
  {
    edition: '3',
    id: 'future-trends',
    note: {
      en: 'Current to December 2026, with reasoning models.',
      zh: '更新至 2026 年 12 月，新增推理模型一节。',
    },
  },
  {
    edition: '3',
    id: 'scale-and-efficiency',
    note: {
      en: 'Emergent abilities beside the counter-evidence (Schaeffer et al.).',
      zh: '涌现能力与反面证据（Schaeffer 等）并列。',
    },
  },
  {
    edition: '3',
    id: 'adaptive-and-reinforcement-learning',
    note: {
      en: 'RLHF is defined once and links chapter 2; trends since 2024 link the new sections.',
      zh: 'RLHF 只定义一次并链接第 2 章；2024 年以来的趋势链接新增各节。',
    },
  },
  {
    edition: '3',
    id: 'privacy-and-security',
    note: {
      en: 'Data poisoning and prompt injection, with sources.',
      zh: '补充数据投毒和提示词注入，并给出出处。',
    },
  },
  {
    edition: '3',
    id: 'transparency-and-explainability',
    note: {
      en: 'Interpretability research on model internals, and the counter-evidence on emergence.',
      zh: '补充关于模型内部机制的可解释性研究，以及关于涌现的反面证据。',
    },
  },
  {
    edition: '3',
    id: 'compute-resources',
    note: {
      en: 'Training-cost figures (AI Index 2024); links to chapter 8 instead of repeating it.',
      zh: '补充训练费用数字（AI Index 2024）；链接第 8 章，不再重复。',
    },
  },
  {
    edition: '3',
    id: 'law-and-policy',
    note: {
      en: 'Links governance and the court decisions in chapter 8 instead of repeating them.',
      zh: '链接第 8 章的治理和判例两节，不再重复。',
    },
  },
  {
    edition: '3',
    id: 'conclusion',
    note: {
      en: 'The course questions point to chapter 8 and the new sections.',
      zh: '课程问题指向第 8 章和新增各节。',
    },
  },
  {
    edition: '3',
    id: 'faq-socio-technical-impact',
    note: {
      en: 'Cost figures with their source; links chapter 8.',
      zh: '补充有出处的费用数字；链接第 8 章。',
    },
  },
  {
    edition: '3',
    id: 'further-books',
    note: {
      en: 'Which chapters of the reference books match which chapters of this book.',
      zh: '说明参考书的哪些章节对应本书哪些章节。',
    },
  },
  {
    edition: '3',
    id: 'further-papers',
    note: {
      en: 'One measured study per application area.',
      zh: '每个应用领域给出一项实测研究。',
    },
  },
];
