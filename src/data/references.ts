/**
 * The book's bibliography: one list, rendered in both languages and cited from
 * the chapters with <Cite id="…" />. Every entry is real and checkable: it has a
 * DOI, an arXiv id, an ISBN or a stable URL. `note` says (in both languages) why
 * a reader needs it, or what the original article got wrong about it.
 *
 * Long author lists keep the first authors and end with 'et al.'.
 */
export type ReferenceKind = 'book' | 'article' | 'inproceedings' | 'preprint' | 'software' | 'web';

export interface Reference {
  /** Stable id, lower-case kebab-case, e.g. "bommasani-2021". Anchors are `ref-<id>`. */
  id: string;
  kind: ReferenceKind;
  authors: string[];
  year: number;
  title: string;
  /** Journal, conference, publisher or site (with volume and pages where they apply). */
  venue: string;
  doi?: string;
  arxiv?: string;
  isbn?: string;
  url?: string;
  /** Edition of a book, e.g. "2nd ed.". */
  edition?: string;
  note?: { en: string; zh: string };
}

export const REFERENCES: readonly Reference[] = [
  // ── Foundation models and their social context ──────────────────────────
  {
    id: 'bommasani-2021',
    kind: 'preprint',
    authors: ['Rishi Bommasani', 'Drew A. Hudson', 'Ehsan Adeli', 'et al.'],
    year: 2021,
    title: 'On the Opportunities and Risks of Foundation Models',
    venue: 'arXiv preprint (Stanford Center for Research on Foundation Models)',
    arxiv: '2108.07258',
    url: 'https://crfm.stanford.edu/report.html',
    note: {
      en: 'The report that named “foundation models” and describes their socio-technical nature, emergence and homogenization; the starting point for this book.',
      zh: '提出“基础模型”这一名称的报告，讨论了基础模型的社会技术性质、涌现与同质化，是本书的出发点。',
    },
  },
  {
    id: 'bender-2021',
    kind: 'inproceedings',
    authors: ['Emily M. Bender', 'Timnit Gebru', 'Angelina McMillan-Major', 'Shmargaret Shmitchell'],
    year: 2021,
    title: 'On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?',
    venue: 'Proceedings of the 2021 ACM Conference on Fairness, Accountability, and Transparency (FAccT ’21), pp. 610–623',
    doi: '10.1145/3442188.3445922',
    note: {
      en: 'A widely cited critique of ever-larger language models: environmental and financial costs, biased and undocumented training data, and the risk of fluent but meaningless text.',
      zh: '对语言模型规模不断扩大的代表性批评：环境与经济成本、带有偏见且缺乏记录的训练数据，以及流畅却并无真实理解的文本所带来的风险。',
    },
  },
  {
    id: 'kaplan-2020',
    kind: 'preprint',
    authors: [
      'Jared Kaplan',
      'Sam McCandlish',
      'Tom Henighan',
      'Tom B. Brown',
      'Benjamin Chess',
      'Rewon Child',
      'Scott Gray',
      'Alec Radford',
      'Jeffrey Wu',
      'Dario Amodei',
    ],
    year: 2020,
    title: 'Scaling Laws for Neural Language Models',
    venue: 'arXiv preprint',
    arxiv: '2001.08361',
    note: {
      en: 'Shows that language-model loss falls as a smooth power law in model size, data size and compute: the empirical basis for building ever larger models.',
      zh: '表明语言模型的损失随模型规模、数据量和计算量呈平滑的幂律下降，是“模型越做越大”这一路线的经验依据。',
    },
  },
  {
    id: 'wei-2022',
    kind: 'article',
    authors: ['Jason Wei', 'Yi Tay', 'Rishi Bommasani', 'Colin Raffel', 'Barret Zoph', 'et al.'],
    year: 2022,
    title: 'Emergent Abilities of Large Language Models',
    venue: 'Transactions on Machine Learning Research (TMLR), 08/2022',
    arxiv: '2206.07682',
    url: 'https://openreview.net/forum?id=yzkSU5zdwD',
    note: {
      en: 'Defines an ability as emergent when it is absent in smaller models but present in larger ones, and surveys such abilities.',
      zh: '把“小模型不具备、大模型才出现”的能力定义为涌现能力，并综述了已观察到的此类能力。',
    },
  },

  // ── Models and architectures ────────────────────────────────────────────
  {
    id: 'vaswani-2017',
    kind: 'inproceedings',
    authors: [
      'Ashish Vaswani',
      'Noam Shazeer',
      'Niki Parmar',
      'Jakob Uszkoreit',
      'Llion Jones',
      'Aidan N. Gomez',
      'Łukasz Kaiser',
      'Illia Polosukhin',
    ],
    year: 2017,
    title: 'Attention Is All You Need',
    venue: 'Advances in Neural Information Processing Systems 30 (NIPS 2017)',
    arxiv: '1706.03762',
    note: {
      en: 'Introduces the Transformer, the attention-only architecture on which most foundation models are built.',
      zh: '提出 Transformer——一种完全基于注意力机制的架构，绝大多数基础模型都建立在它之上。',
    },
  },
  {
    id: 'devlin-2019',
    kind: 'inproceedings',
    authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
    year: 2019,
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    venue: 'Proceedings of NAACL-HLT 2019, Volume 1 (Long and Short Papers), pp. 4171–4186',
    doi: '10.18653/v1/N19-1423',
    arxiv: '1810.04805',
    note: {
      en: 'The model that helped make “pre-train on unlabelled text, then fine-tune” the standard recipe in natural language processing.',
      zh: '这一模型推动“先在无标注文本上预训练、再针对任务微调”成为自然语言处理的标准做法。',
    },
  },
  {
    id: 'brown-2020',
    kind: 'inproceedings',
    authors: ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah', 'Jared Kaplan', 'et al.'],
    year: 2020,
    title: 'Language Models are Few-Shot Learners',
    venue: 'Advances in Neural Information Processing Systems 33 (NeurIPS 2020)',
    arxiv: '2005.14165',
    note: {
      en: 'The GPT-3 paper: a 175-billion-parameter language model that performs many tasks from a few examples in its prompt, without fine-tuning; it also discusses societal impacts.',
      zh: 'GPT-3 论文：一个 1750 亿参数的语言模型，只需在提示中给出少量示例即可完成多种任务而无需微调；论文也讨论了其社会影响。',
    },
  },
  {
    id: 'radford-2021',
    kind: 'inproceedings',
    authors: ['Alec Radford', 'Jong Wook Kim', 'Chris Hallacy', 'Aditya Ramesh', 'et al.'],
    year: 2021,
    title: 'Learning Transferable Visual Models From Natural Language Supervision',
    venue: 'Proceedings of the 38th International Conference on Machine Learning (ICML 2021), PMLR 139',
    arxiv: '2103.00020',
    note: {
      en: 'CLIP: learns images and text jointly from image–caption pairs collected from the internet, and transfers zero-shot to many vision tasks; a multimodal foundation model.',
      zh: 'CLIP：利用从互联网收集的图文对同时学习图像与文本表示，可零样本迁移到多种视觉任务，是多模态基础模型的代表。',
    },
  },
  {
    id: 'goodfellow-2014',
    kind: 'inproceedings',
    authors: [
      'Ian Goodfellow',
      'Jean Pouget-Abadie',
      'Mehdi Mirza',
      'Bing Xu',
      'David Warde-Farley',
      'Sherjil Ozair',
      'Aaron Courville',
      'Yoshua Bengio',
    ],
    year: 2014,
    title: 'Generative Adversarial Nets',
    venue: 'Advances in Neural Information Processing Systems 27 (NIPS 2014)',
    arxiv: '1406.2661',
    url: 'https://papers.nips.cc/paper/5423-generative-adversarial-nets',
    note: {
      en: 'Introduces generative adversarial networks (GANs): a generator and a discriminator trained against each other; a landmark of image generation.',
      zh: '提出生成对抗网络（GAN）：生成器与判别器相互对抗地训练，是图像生成领域的里程碑。',
    },
  },
  {
    id: 'vinyals-le-2015',
    kind: 'preprint',
    authors: ['Oriol Vinyals', 'Quoc V. Le'],
    year: 2015,
    title: 'A Neural Conversational Model',
    venue: 'arXiv preprint (Google)',
    arxiv: '1506.05869',
    note: {
      en: 'An early end-to-end neural chatbot built on the sequence-to-sequence framework. The original article misnamed it (“A Neural Conversation Model”) and credited it to Facebook AI Research; its authors were at Google.',
      zh: '基于序列到序列（seq2seq）框架的早期端到端神经对话模型。原文把题目误写为“A Neural Conversation Model”，并误归于 Facebook AI Research；两位作者当时均在谷歌。',
    },
  },
  {
    id: 'hinton-2012',
    kind: 'article',
    authors: [
      'Geoffrey Hinton',
      'Li Deng',
      'Dong Yu',
      'George E. Dahl',
      'Abdel-rahman Mohamed',
      'Navdeep Jaitly',
      'Andrew Senior',
      'Vincent Vanhoucke',
      'Patrick Nguyen',
      'Tara N. Sainath',
      'Brian Kingsbury',
    ],
    year: 2012,
    title: 'Deep Neural Networks for Acoustic Modeling in Speech Recognition',
    venue: 'IEEE Signal Processing Magazine 29(6), pp. 82–97',
    doi: '10.1109/MSP.2012.2205597',
    note: {
      en: 'How deep neural networks replaced Gaussian mixture models in speech recognition. This is the real paper behind the original article’s invented “Deep Learning for Speech Recognition” by Hinton alone.',
      zh: '介绍深度神经网络如何在语音识别中取代高斯混合模型。原文所列、署名仅 Hinton 一人的“Deep Learning for Speech Recognition”并不存在，对应的真实论文即此篇。',
    },
  },

  // ── Foundations of deep learning ────────────────────────────────────────
  {
    id: 'goodfellow-2016',
    kind: 'book',
    authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'],
    year: 2016,
    title: 'Deep Learning',
    venue: 'MIT Press (Adaptive Computation and Machine Learning series)',
    isbn: '978-0-262-03561-3',
    url: 'https://www.deeplearningbook.org/',
    note: {
      en: 'The standard textbook: the mathematics, feed-forward networks, regularization, optimization, convolutional and recurrent networks, and generative models. Free to read online.',
      zh: '深度学习的标准教材：数学基础、前馈网络、正则化、优化、卷积与循环网络以及生成模型，可在线免费阅读。',
    },
  },
  {
    id: 'lecun-2015',
    kind: 'article',
    authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
    year: 2015,
    title: 'Deep learning',
    venue: 'Nature 521(7553), pp. 436–444',
    doi: '10.1038/nature14539',
    note: {
      en: 'A short, authoritative review of deep learning, backpropagation, convolutional and recurrent networks by three of the field’s pioneers.',
      zh: '由该领域三位开创者撰写的简明权威综述，涵盖深度学习、反向传播以及卷积网络和循环网络。',
    },
  },
  {
    id: 'bengio-2009',
    kind: 'book',
    authors: ['Yoshua Bengio'],
    year: 2009,
    title: 'Learning Deep Architectures for AI',
    venue: 'Foundations and Trends in Machine Learning 2(1), pp. 1–127 (Now Publishers)',
    doi: '10.1561/2200000006',
    isbn: '978-1-60198-294-0',
    note: {
      en: 'A monograph on why deep architectures are needed to represent high-level abstractions, and on how to train them (restricted Boltzmann machines, deep belief networks, auto-encoders).',
      zh: '一部专著：论述为什么需要深层结构来表示高层抽象，以及如何训练它们（受限玻尔兹曼机、深度信念网络、自编码器）。',
    },
  },
  {
    id: 'rumelhart-1986',
    kind: 'article',
    authors: ['David E. Rumelhart', 'Geoffrey E. Hinton', 'Ronald J. Williams'],
    year: 1986,
    title: 'Learning representations by back-propagating errors',
    venue: 'Nature 323, pp. 533–536',
    doi: '10.1038/323533a0',
    note: {
      en: 'The classic paper that made backpropagation the standard way to train multi-layer networks and showed that hidden units learn useful features.',
      zh: '经典论文：使反向传播成为训练多层网络的标准方法，并表明隐藏单元能够学到有用的特征。',
    },
  },
  {
    id: 'glorot-2010',
    kind: 'inproceedings',
    authors: ['Xavier Glorot', 'Yoshua Bengio'],
    year: 2010,
    title: 'Understanding the difficulty of training deep feedforward neural networks',
    venue: 'Proceedings of the 13th International Conference on Artificial Intelligence and Statistics (AISTATS 2010), PMLR 9, pp. 249–256',
    url: 'https://proceedings.mlr.press/v9/glorot10a.html',
    note: {
      en: 'Explains why deep networks trained from a poor random initialization learn badly, and proposes the normalized (“Glorot” or “Xavier”) initialization used by default in Keras dense layers.',
      zh: '解释了随机初始化不当时深层网络为何难以训练，并提出归一化初始化（即“Glorot”或“Xavier”初始化），Keras 全连接层默认采用这种初始化。',
    },
  },

  // ── Optimization ────────────────────────────────────────────────────────
  {
    id: 'robbins-monro-1951',
    kind: 'article',
    authors: ['Herbert Robbins', 'Sutton Monro'],
    year: 1951,
    title: 'A Stochastic Approximation Method',
    venue: 'The Annals of Mathematical Statistics 22(3), pp. 400–407',
    doi: '10.1214/aoms/1177729586',
    note: {
      en: 'The origin of stochastic approximation, from which stochastic gradient descent descends: steps based on noisy measurements still converge if the step sizes shrink suitably.',
      zh: '随机逼近方法的源头，随机梯度下降即由此而来：只要步长按适当方式递减，基于带噪声观测的迭代仍然收敛。',
    },
  },
  {
    id: 'polyak-1964',
    kind: 'article',
    authors: ['Boris T. Polyak'],
    year: 1964,
    title: 'Some methods of speeding up the convergence of iteration methods',
    venue: 'USSR Computational Mathematics and Mathematical Physics 4(5), pp. 1–17',
    doi: '10.1016/0041-5553(64)90137-5',
    note: {
      en: 'Introduces the “heavy ball” method, the origin of momentum in gradient descent.',
      zh: '提出“重球法”，即梯度下降中动量方法的起源。',
    },
  },
  {
    id: 'sutskever-2013',
    kind: 'inproceedings',
    authors: ['Ilya Sutskever', 'James Martens', 'George Dahl', 'Geoffrey Hinton'],
    year: 2013,
    title: 'On the importance of initialization and momentum in deep learning',
    venue: 'Proceedings of the 30th International Conference on Machine Learning (ICML 2013), PMLR 28(3), pp. 1139–1147',
    url: 'https://proceedings.mlr.press/v28/sutskever13.html',
    note: {
      en: 'Shows that stochastic gradient descent with well-tuned momentum and a good initialization trains deep and recurrent networks well; compares classical momentum with Nesterov’s method.',
      zh: '表明只要初始化得当、动量调得合适，带动量的随机梯度下降就能很好地训练深层网络和循环网络；并比较了经典动量与 Nesterov 加速梯度。',
    },
  },
  {
    id: 'kingma-ba-2015',
    kind: 'inproceedings',
    authors: ['Diederik P. Kingma', 'Jimmy Ba'],
    year: 2015,
    title: 'Adam: A Method for Stochastic Optimization',
    venue: '3rd International Conference on Learning Representations (ICLR 2015)',
    arxiv: '1412.6980',
    note: {
      en: 'Introduces Adam, which adapts each parameter’s step size from running estimates of the first and second moments of the gradients; the optimizer used in the book’s code example.',
      zh: '提出 Adam 优化算法：根据梯度一阶矩和二阶矩的滑动估计为每个参数自适应地调整步长；本书代码示例使用的就是它。',
    },
  },

  // ── Tools ───────────────────────────────────────────────────────────────
  {
    id: 'abadi-2016',
    kind: 'inproceedings',
    authors: ['Martín Abadi', 'Paul Barham', 'Jianmin Chen', 'Zhifeng Chen', 'Andy Davis', 'et al.'],
    year: 2016,
    title: 'TensorFlow: A System for Large-Scale Machine Learning',
    venue: '12th USENIX Symposium on Operating Systems Design and Implementation (OSDI ’16), pp. 265–283',
    arxiv: '1605.08695',
    note: {
      en: 'The design of TensorFlow, Google’s open-source machine-learning system, which runs the book’s code example.',
      zh: '介绍谷歌开源机器学习系统 TensorFlow 的设计；本书的代码示例即运行在 TensorFlow 上。',
    },
  },
  {
    id: 'smilkov-2019',
    kind: 'inproceedings',
    authors: ['Daniel Smilkov', 'Nikhil Thorat', 'Yannick Assogba', 'Ann Yuan', 'et al.'],
    year: 2019,
    title: 'TensorFlow.js: Machine Learning for the Web and Beyond',
    venue: 'Proceedings of the 2nd SysML Conference (SysML 2019)',
    arxiv: '1901.05350',
    note: {
      en: 'TensorFlow.js trains and runs models in JavaScript, in the browser and in Node.js, with APIs compatible with Python TensorFlow/Keras; so a model can run inside a web page.',
      zh: 'TensorFlow.js 可在浏览器和 Node.js 中用 JavaScript 训练和运行模型，其接口与 Python 版 TensorFlow/Keras 兼容，因此模型可以直接在网页中运行。',
    },
  },
  {
    id: 'paszke-2019',
    kind: 'inproceedings',
    authors: ['Adam Paszke', 'Sam Gross', 'Francisco Massa', 'Adam Lerer', 'et al.'],
    year: 2019,
    title: 'PyTorch: An Imperative Style, High-Performance Deep Learning Library',
    venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS 2019)',
    arxiv: '1912.01703',
    note: {
      en: 'The design principles of PyTorch: ordinary, imperative Python code that still runs fast on GPUs.',
      zh: '介绍 PyTorch 的设计原则：用普通的命令式 Python 代码编写模型，同时仍能在 GPU 上高效运行。',
    },
  },
  {
    id: 'chollet-2021',
    kind: 'book',
    authors: ['François Chollet'],
    year: 2021,
    edition: '2nd ed.',
    title: 'Deep Learning with Python',
    venue: 'Manning Publications',
    isbn: '978-1-61729-686-4',
    url: 'https://www.manning.com/books/deep-learning-with-python-second-edition',
    note: {
      en: 'A practical introduction by the creator of Keras, built around working code. The Chinese half of the original article credited it to invented authors (“Fast, Chanel, Boublil”).',
      zh: 'Keras 作者撰写的实践型入门书，以可运行的代码为主线。原文中文部分把作者写成了杜撰的“Fast, Chanel, Boublil”。',
    },
  },
  {
    id: 'merkel-2014',
    kind: 'article',
    authors: ['Dirk Merkel'],
    year: 2014,
    title: 'Docker: lightweight Linux containers for consistent development and deployment',
    venue: 'Linux Journal 2014(239), article 2',
    url: 'https://dl.acm.org/doi/10.5555/2600239.2600241',
    note: {
      en: 'The usual citation for Docker: how containers package an application with its dependencies. It replaces the original article’s non-existent paper “Docker: A Platform for Automated, Lightweight, Portable, and Shareable Containers” by “Docker, Inc.”.',
      zh: 'Docker 的常用引用文献，说明容器如何把应用及其依赖打包在一起。原文所列由“Docker, Inc.”发表的“Docker: A Platform for Automated, Lightweight, Portable, and Shareable Containers”并不存在，以此替换。',
    },
  },
  {
    id: 'keras-3',
    kind: 'web',
    authors: ['Keras Team'],
    year: 2023,
    title: 'Introducing Keras 3.0',
    venue: 'keras.io',
    url: 'https://keras.io/keras_3/',
    note: {
      en: 'The Keras 3 release announcement: Keras now runs on top of JAX, TensorFlow or PyTorch, not on Theano as the original article says.',
      zh: 'Keras 3 的发布说明：Keras 如今可运行在 JAX、TensorFlow 或 PyTorch 之上，而不是原文所说的 Theano。',
    },
  },
  {
    id: 'zemlin-2022',
    kind: 'web',
    authors: ['Jim Zemlin'],
    year: 2022,
    title: 'Welcoming PyTorch to the Linux Foundation',
    venue: 'Linux Foundation blog, 12 September 2022',
    url: 'https://www.linuxfoundation.org/blog/welcoming-pytorch-to-the-linux-foundation',
    note: {
      en: 'Announces that PyTorch, incubated at Meta (Facebook), moved to the vendor-neutral PyTorch Foundation under the Linux Foundation.',
      zh: '宣布在 Meta（原 Facebook）孵化的 PyTorch 移交给 Linux 基金会旗下、厂商中立的 PyTorch 基金会管理。',
    },
  },
  // --- added: worked examples ---
  {
    id: 'jurafsky-martin-slp3',
    kind: 'book',
    authors: ['Daniel Jurafsky', 'James H. Martin'],
    year: 2025,
    title: 'Speech and Language Processing',
    venue: 'Online draft, Stanford University',
    edition: '3rd ed. draft',
    url: 'https://web.stanford.edu/~jurafsky/slp3/',
    note: {
      en: 'The standard textbook of natural language processing, free online; its chapter on n-gram language models defines perplexity and explains how to read and compare it.',
      zh: '自然语言处理的标准教材，可在线免费阅读；其中关于 n 元语言模型的一章定义了困惑度，并说明如何解读和比较它。',
    },
  },
];
