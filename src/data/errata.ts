/**
 * What this edition corrects: every fact, reference, terminology and
 * consistency error of the original article, with the text it printed (quoted
 * verbatim from the seed), the correction and the reason, in both languages.
 * Rendered by the errata page; each entry's anchor is `erratum-<id>`.
 * (Arithmetic errata are added separately.)
 */
export interface Erratum {
  id: string; // kebab-case; anchor `erratum-<id>`
  chapter: string; // slug of the chapter the corrected text is in
  section?: string; // heading id in that chapter, if any
  category: 'arithmetic' | 'reference' | 'fact' | 'consistency' | 'claim';
  original: string; // what the original article printed, quoted verbatim from the seed
  originalLang: 'en' | 'zh' | 'both';
  correction: { en: string; zh: string };
  why: { en: string; zh: string };
  /** The edition that made the correction (src/data/editions.ts); the first edition when absent. */
  edition?: string;
}

export const ERRATA: Erratum[] = [
  // ── Terminology ─────────────────────────────────────────────────────────
  {
    id: 'foundation-model-term',
    chapter: 'background',
    category: 'fact',
    original: '基础模型（Foundational Models）是现代人工智能领域的关键概念。 / A foundational model is a key concept in the field of artificial intelligence.',
    originalLang: 'both',
    correction: {
      en: 'The established term is “foundation model(s)”, used throughout this edition.',
      zh: '规范的英文术语是“foundation model(s)”，本版通篇采用此名称（中文仍为“基础模型”）。',
    },
    why: {
      en: 'The term was coined by Bommasani et al. (2021), “On the Opportunities and Risks of Foundation Models”; “foundational model” is not the name used in the literature.',
      zh: '这一术语由 Bommasani 等（2021）在《On the Opportunities and Risks of Foundation Models》中提出；文献中并不使用“foundational model”这一说法。',
    },
  },

  // ── Chapter 4: arithmetic (corrected values are computed: {{example.value}}) ──
  {
    id: 'mse-example',
    chapter: 'math',
    section: 'mse',
    category: 'arithmetic',
    original: '$$MSE = \\frac{1}{5}\\sum_{i=1}^{5}(y_i - \\hat{y}_i)^2 = \\frac{1}{5}((1-1.5)^2 + (2-2.1)^2 + (3-3.0)^2 + (4-4.1)^2 + (5-5.1)^2) = 0.2$$',
    originalLang: 'both',
    correction: {
      en: 'MSE = {{mse.sum}} / 5 = {{mse.mse}}.',
      zh: 'MSE = {{mse.sum}} / 5 = {{mse.mse}}。',
    },
    why: {
      en: 'The squared differences are {{mse.squares}}; they add up to {{mse.sum}}, and the mean of five of them is {{mse.mse}}, not 0.2.',
      zh: '各项差的平方为 {{mse.squares}}，总和为 {{mse.sum}}，五项的平均值是 {{mse.mse}}，而不是 0.2。',
    },
  },
  {
    id: 'cross-entropy-example',
    chapter: 'math',
    section: 'cross-entropy',
    category: 'arithmetic',
    original: '$$CE = -\\frac{1}{5}\\sum_{i=1}^{5}y_i \\log(\\hat{y}_i) = -\\frac{1}{5}(0 \\times \\log(0.3) + 1 \\times \\log(0.7) + 1 \\times \\log(0.8) + 0 \\times \\log(0.2) + 1 \\times \\log(0.9)) \\approx 0.532$$',
    originalLang: 'both',
    correction: {
      en: 'With the article’s own formula, CE ≈ {{cross-entropy.cross-entropy|digits=3}}. The binary cross-entropy of the same predictions is ≈ {{cross-entropy.cross-entropy|form=binary|digits=3}}.',
      zh: '按原文自己的公式，CE ≈ {{cross-entropy.cross-entropy|digits=3}}。同一组预测的二元交叉熵约为 {{cross-entropy.cross-entropy|form=binary|digits=3}}。',
    },
    why: {
      en: 'Only the three samples labeled 1 contribute: −log 0.7, −log 0.8 and −log 0.9 (natural logarithms) are {{cross-entropy.terms}} in order of the samples; their sum is {{cross-entropy.sum}}, and a fifth of it is {{cross-entropy.cross-entropy}}. 0.532 is neither this value nor the binary cross-entropy.',
      zh: '只有标签为 1 的三个样本有贡献：按样本顺序，各项 −y log ŷ（自然对数）为 {{cross-entropy.terms}}，总和为 {{cross-entropy.sum}}，除以 5 得 {{cross-entropy.cross-entropy}}。0.532 既不是这个值，也不是二元交叉熵。',
    },
  },
  {
    id: 'cross-entropy-form',
    chapter: 'math',
    section: 'cross-entropy',
    category: 'fact',
    original: '定义：$CE = -\\frac{1}{n}\\sum_{i=1}^{n}y_i \\log(\\hat{y}_i)$ / 假设我们有一个二分类问题 / Definition: $CE = -\\frac{1}{n}\\sum_{i=1}^{n}y_i \\log(\\hat{y}_i)$ / Suppose we have a binary classification problem',
    originalLang: 'both',
    correction: {
      en: 'The formula is the categorical cross-entropy applied element-wise to binary labels. For two classes the loss used in practice is the binary cross-entropy −(1/n) Σ [y log ŷ + (1 − y) log(1 − ŷ)]; chapter 4 gives both and the calculator switches between them.',
      zh: '该公式是把多分类交叉熵逐元素套用在二值标签上。两类问题实际使用的是二元交叉熵 −(1/n) Σ [y log ŷ + (1 − y) log(1 − ŷ)]；第 4 章给出了两种形式，计算器可以在二者之间切换。',
    },
    why: {
      en: 'On binary labels the article’s form ignores every sample labeled 0, however much probability the model gives it: a model that predicts 1 for everything would get a perfect score.',
      zh: '在二值标签上，原文的形式忽略所有标签为 0 的样本，不论模型给它们多高的概率：一个对所有样本都预测 1 的模型反而会得到满分。',
    },
  },
  {
    id: 'sgd-example',
    chapter: 'math',
    section: 'sgd',
    category: 'arithmetic',
    original: '$$\\theta_{t+1} = \\theta_t - 0.01 \\cdot [0.1, -0.1, 0.1, -0.1, 0.1] = [0.99, 1.99, 2.99, 3.99, 4.99]$$',
    originalLang: 'both',
    correction: {
      en: 'θ_{t+1} = {{sgd.theta-next}}.',
      zh: 'θ_{t+1} = {{sgd.theta-next}}。',
    },
    why: {
      en: 'Each parameter moves by α times its gradient, {{sgd.step}}, against the gradient’s sign: the parameters with a negative gradient increase. The article subtracted 0.01 from every parameter, ignoring both the gradient’s size and its sign.',
      zh: '每个参数移动 α 乘以其梯度，即 {{sgd.step}}，方向与梯度符号相反：梯度为负的参数应当增大。原文给每个参数都减去 0.01，既忽略了梯度的大小，也忽略了它的符号。',
    },
  },
  {
    id: 'sgd-formula',
    chapter: 'math',
    section: 'sgd',
    category: 'fact',
    original: '$\\theta_{t+1} = \\theta_t - \\alpha \\cdot \\nabla_{\\theta} J(\\theta_{t})$',
    originalLang: 'both',
    correction: {
      en: 'θ_{t+1} = θ_t − α ∇_θ J_i(θ_t), with J_i the loss on one randomly chosen sample i (in practice a mini-batch).',
      zh: 'θ_{t+1} = θ_t − α ∇_θ J_i(θ_t)，其中 J_i 是随机选取的一个样本 i 上的损失（实践中为一个小批量）。',
    },
    why: {
      en: 'As printed, the formula is identical to gradient descent’s; what makes the method stochastic is that the gradient is computed on one random sample.',
      zh: '原文的公式与梯度下降完全相同；这种方法之所以是“随机”的，正在于梯度是在随机选取的单个样本上计算的。',
    },
  },
  {
    id: 'momentum-example',
    chapter: 'math',
    section: 'momentum',
    category: 'arithmetic',
    original: '= [0.99, 1.99, 2.99, 3.99, 4.99] + [0.09, -0.09, 0.09, -0.09, 0.09] = [1.08, 2.08, 3.08, 4.08, 5.08]$$',
    originalLang: 'both',
    correction: {
      en: 'With the article’s formula θ_{t+1} = θ_t − α∇J + βv_t: θ_{t+1} = {{momentum.theta-next}}.',
      zh: '按原文的公式 θ_{t+1} = θ_t − α∇J + βv_t：θ_{t+1} = {{momentum.theta-next}}。',
    },
    why: {
      en: 'θ_t − α∇J is {{sgd.theta-next}} (not [0.99, …], see the SGD erratum) and βv_t is {{momentum.beta-v}}; their sum is {{momentum.theta-next}}. The article’s own last step is also wrong: 1.99 + (−0.09) is not 2.08.',
      zh: 'θ_t − α∇J 为 {{sgd.theta-next}}（不是 [0.99, …]，见 SGD 一条），βv_t 为 {{momentum.beta-v}}，两者之和为 {{momentum.theta-next}}。原文最后一步的加法本身也有误：1.99 + (−0.09) 不等于 2.08。',
    },
  },
  {
    id: 'momentum-formula',
    chapter: 'math',
    section: 'momentum',
    category: 'fact',
    original: '$\\theta_{t+1} = \\theta_t - \\alpha \\cdot \\nabla_{\\theta} J(\\theta_{t}) + \\beta \\cdot v_t$',
    originalLang: 'both',
    correction: {
      en: 'The formula is Polyak’s heavy-ball method when v_t is the previous step θ_t − θ_{t−1}; it equals Keras’s convention (v ← βv − α∇J, θ ← θ + v). PyTorch stores v as a running sum of gradients (v ← βv + ∇J, θ ← θ − αv). Chapter 4 shows all three and computes each.',
      zh: '当 v_t 是上一步的位移 θ_t − θ_{t−1} 时，该公式就是 Polyak 的重球法，与 Keras 的约定（v ← βv − α∇J，θ ← θ + v）一致。PyTorch 则把 v 存为梯度的累积（v ← βv + ∇J，θ ← θ − αv）。第 4 章给出了这三种形式并分别计算。',
    },
    why: {
      en: 'The article never says what v_t is, and the same numbers give different results under the two framework conventions: with its example, PyTorch’s form gives {{momentum.theta-next|form=pytorch}}.',
      zh: '原文没有说明 v_t 是什么，而同一组数值在两种框架约定下给出不同的结果：用原文的例子，PyTorch 的形式得到 {{momentum.theta-next|form=pytorch}}。',
    },
  },

  // ── Chapters 1–3, 6, 8, 9: facts and claims ─────────────────────────────
  {
    id: 'foundation-model-definition',
    chapter: 'background',
    section: 'what-is-a-foundation-model',
    category: 'fact',
    original:
      '它们通常是指那些具有广泛理解和处理能力的人工智能系统，如大型语言模型、视觉模型和语音模型。 / It refers to AI systems that possess a broad understanding and processing ability, such as large language models, visual models, and speech models.',
    originalLang: 'both',
    correction: {
      en: 'Following Bommasani et al. (2021), a foundation model is a model trained on broad data, generally using self-supervision at scale, that can be adapted to a wide range of downstream tasks. This edition speaks of broad capabilities, not “understanding”.',
      zh: '按照 Bommasani 等（2021）的定义，基础模型是在广泛数据上训练（通常采用大规模自监督学习）、能够适配到多种下游任务的模型。本版称之为“广泛的能力”，而不说“理解”。',
    },
    why: {
      en: '“Broad understanding and processing ability” is vague and claims too much: whether models trained only on the form of text understand its meaning is disputed (Bender et al., 2021). The FAQ repeated the same definition and is corrected in the same way.',
      zh: '“具有广泛理解和处理能力”的说法含糊，也言过其实：只用文本形式训练出来的模型能否理解文本的含义，学界存在争议（Bender 等，2021）。“常见问题与解答”一章重复了这一定义，也已一并更正。',
    },
  },
  {
    id: 'brain-simulation',
    chapter: 'core-concepts',
    section: 'deep-learning-and-neural-networks',
    category: 'claim',
    original:
      "深度学习通过多层神经网络（Neural Networks）来模拟人脑的神经元结构 / 神经网络通过多层结构来模拟人脑的学习过程 / Deep learning simulates the structure of the human brain's neurons using multi-layer neural networks / Neural networks simulate the learning process of the human brain using multi-layer structures",
    originalLang: 'both',
    correction: {
      en: 'Neural networks were loosely inspired by biological neurons, but they simulate neither the brain’s structure nor the way it learns; their units and learning rules are mathematical constructions chosen because they work (Goodfellow et al., 2016). Chapter 3 is corrected in the same way.',
      zh: '神经网络在一定程度上受到生物神经元的启发，但它既不模拟大脑的结构，也不模拟大脑的学习过程；它的计算单元和学习规则都是数学构造，之所以被采用，是因为效果好（Goodfellow 等，2016）。第 3 章也作了同样的更正。',
    },
    why: {
      en: 'An artificial neuron computes a weighted sum and a simple non-linear function, a drastic simplification of a biological neuron, and deep learning does not attempt to simulate the brain (Goodfellow et al., 2016). Calling it a simulation overstates the analogy.',
      zh: '人工神经元只是求加权和、再施加一个简单的非线性函数，是对生物神经元的极度简化；深度学习也并不试图模拟大脑（Goodfellow 等，2016）。称之为“模拟人脑”夸大了这种类比。',
    },
  },
  {
    id: 'forward-backward-roles',
    chapter: 'core-concepts',
    section: 'deep-learning-and-neural-networks',
    category: 'fact',
    original: 'trains models through forward propagation and backward propagation algorithms to adjust network weights and minimize loss functions',
    originalLang: 'en',
    correction: {
      en: 'Forward propagation computes the network’s output; backpropagation computes the gradient of the loss with respect to each weight; the optimization algorithm then uses these gradients to update the weights.',
      zh: '前向传播计算网络的输出；反向传播计算损失对每个权重的梯度；再由优化算法利用这些梯度更新权重。',
    },
    why: {
      en: 'Neither propagation adjusts the weights: forward propagation only evaluates the network, and backpropagation only supplies the gradients. The update is a separate step, performed by the optimizer.',
      zh: '两种传播都不调整权重：前向传播只是算出网络的输出，反向传播只提供梯度。更新权重是另一个步骤，由优化器完成。',
    },
  },
  {
    id: 'labelled-pretraining-data',
    chapter: 'core-concepts',
    section: 'model-training',
    category: 'fact',
    original: '使用大量的标注数据进行模型的训练 / Uses a large amount of labeled data to train the model',
    originalLang: 'both',
    correction: {
      en: 'Pretraining uses very large amounts of mostly unlabeled data with a self-supervised objective, such as predicting the next word; labeled data is needed mainly for fine-tuning and evaluation.',
      zh: '预训练使用海量、基本无标注的数据，训练目标是自监督的（例如预测下一个词）；标注数据主要用于微调和评估。',
    },
    why: {
      en: 'What sets foundation models apart is precisely that their pretraining needs no manual labels: the data supplies its own training signal (Bommasani et al., 2021).',
      zh: '基础模型的特点恰恰在于预训练不需要人工标注：数据本身就提供了训练信号（Bommasani 等，2021）。',
    },
  },
  {
    id: 'validation-vs-test-set',
    chapter: 'core-concepts',
    section: 'evaluation-and-optimization',
    category: 'fact',
    original:
      "通过验证集和测试集评估模型的性能，并根据评估结果进行优化 / Evaluates the model's performance on validation and test sets, and optimizes it based on the evaluation results",
    originalLang: 'both',
    correction: {
      en: 'Model variants are compared and tuned on the validation set; the test set is held back and used once, at the end, for the final estimate. Chapter 3 (model evaluation) and the FAQ follow the same rule.',
      zh: '比较和调整模型方案使用验证集；测试集留到最后，只用一次，给出最终的性能估计。第 3 章“模型评估”一节和“常见问题与解答”一章也遵循这一原则。',
    },
    why: {
      en: 'If decisions are based on test-set results, the test set effectively becomes a second validation set and the final estimate is biased upwards: it no longer shows how the model performs on genuinely new data.',
      zh: '如果依据测试集的结果做决定，测试集实际上就成了第二个验证集，最终的估计会偏高，不再能反映模型在真正的新数据上的表现。',
    },
  },
  {
    id: 'backpropagation-computes-gradients',
    chapter: 'algorithms',
    section: 'backpropagation',
    category: 'fact',
    original:
      '误差通过反向传播机制，从输出层传递到每一层，并更新每个神经元的权重和偏置 / Errors propagate backward through the network, updating the weights and biases of each neuron',
    originalLang: 'both',
    correction: {
      en: 'Backpropagation computes the gradient of the loss with respect to every weight and bias by applying the chain rule layer by layer, from the output backwards (Rumelhart et al., 1986). The optimization algorithm then uses these gradients to update the parameters.',
      zh: '反向传播利用链式法则，从输出层开始逐层向后计算损失对每个权重和偏置的梯度（Rumelhart 等，1986）；随后由优化算法利用这些梯度更新参数。',
    },
    why: {
      en: 'Backpropagation itself changes no weights. Merging the computation of gradients with the update hides the role of the optimizer, which chapter 4 is about.',
      zh: '反向传播本身并不改变任何权重。把计算梯度与更新参数混为一谈，就看不出优化器的作用，而优化器正是第 4 章的主题。',
    },
  },
  {
    id: 'training-data-layers',
    chapter: 'algorithms',
    section: 'step-training',
    category: 'fact',
    original: '分配训练数据到不同的神经网络层 / Allocates training data to different layers of the neural network',
    originalLang: 'both',
    correction: {
      en: 'Every training example flows through all the layers of the network. What is chosen before training is the architecture and the hyperparameters; the data is split into training, validation and test sets in the data step.',
      zh: '每个训练样本都会流经网络的所有层。训练前要选择的是网络架构和超参数；数据则在数据准备阶段划分为训练集、验证集和测试集。',
    },
    why: {
      en: 'A neural network has no step that assigns data to particular layers: each layer processes the output of the layer before it.',
      zh: '神经网络中不存在把数据分配给某些层的步骤：每一层处理的都是上一层的输出。',
    },
  },
  {
    id: 'parameters-vs-hyperparameters',
    chapter: 'algorithms',
    section: 'step-optimization',
    category: 'fact',
    original: '根据评估结果调整模型参数 / Adjusts model parameters based on evaluation results',
    originalLang: 'both',
    correction: {
      en: 'Based on the validation results, adjust the hyperparameters (such as the learning rate, batch size or model size), the architecture or the data, then train again. The weights are learned in training, not set by hand.',
      zh: '根据验证结果调整超参数（如学习率、批量大小或模型规模）、网络架构或数据，然后重新训练。权重是在训练中学出来的，不靠人工设定。',
    },
    why: {
      en: 'A model’s parameters are its weights and biases, which the optimizer learns from the training data. The settings a developer changes between training runs are hyperparameters.',
      zh: '模型的参数指权重和偏置，由优化器从训练数据中学得；开发者在两次训练之间调整的设置是超参数。',
    },
  },
  {
    id: 'deployment-monitoring',
    chapter: 'algorithms',
    section: 'step-deployment',
    category: 'fact',
    original: '使用实时数据对模型进行监控和调整 / Monitors and adjusts the model using real-time data',
    originalLang: 'both',
    correction: {
      en: 'Monitor the deployed model on live data, including for drift (real inputs gradually differing from the training data). When an update is needed, retrain or fine-tune the model, then validate and test it again before releasing the new version.',
      zh: '用真实数据监控已部署的模型，包括留意数据漂移（实际输入逐渐偏离训练数据）。需要更新时，重新训练或微调模型，并在发布新版本之前再次进行验证和测试。',
    },
    why: {
      en: '“Adjusting” a production model directly on live data skips evaluation: an untested change can make the model worse without anyone noticing.',
      zh: '直接用实时数据“调整”生产环境中的模型，等于跳过了评估：未经检验的改动可能让模型变差，而且无人察觉。',
    },
  },
  {
    id: 'application-overclaims',
    chapter: 'applications',
    category: 'claim',
    original:
      '新闻生成和文学创作等领域取得了显著成果 … 在图像分类、目标检测、图像生成和图像识别方面取得了巨大成功 … 在疾病诊断、药物研发和公共卫生领域具有巨大的潜力 / have achieved significant success in areas such as social media, customer service, news generation, and literary creation … have achieved tremendous success in image classification … have great potential in disease diagnosis, drug development, and public health',
    originalLang: 'both',
    correction: {
      en: 'Each application area is now described together with its limits: language models can produce fluent but false text and reproduce biases; vision systems for driving and medicine need extensive testing; medical systems must be clinically validated, meet medical-device regulations and protect patient data before use in patient care.',
      zh: '每个应用领域都补充了它的局限：语言模型会生成流畅却错误的文字，也会重现偏见；用于驾驶和医疗的视觉系统需要充分测试；医疗系统在用于临床之前，必须经过临床验证、符合医疗器械法规，并保护患者数据。',
    },
    why: {
      en: 'The original asserts success and potential without evidence or qualification. In a book about the socio-technical nature of these models, the limits and risks of each application matter as much as its promise.',
      zh: '原文只讲成功和潜力，既无依据，也不加限定。对一本讨论基础模型社会技术性质的书来说，各项应用的局限和风险与它的前景同样重要。',
    },
  },
  {
    id: 'speech-synthesis',
    chapter: 'applications',
    section: 'speech-recognition',
    category: 'fact',
    original:
      '语音识别（ASR）是基础模型在语音领域的应用。通过训练大型语音模型，我们可以实现高精度的语音识别和语音合成。 / By training large-scale speech models, we can achieve high-accuracy speech recognition and speech synthesis.',
    originalLang: 'both',
    correction: {
      en: 'Speech recognition (ASR) converts speech into text; speech synthesis (text-to-speech, TTS) is the reverse task, turning text into speech. The section now presents synthesis as a related task that benefits from the same kind of models.',
      zh: '语音识别（ASR）把语音转换成文字；语音合成（文本转语音，TTS）是相反的任务，把文字转换成语音。本版把语音合成作为得益于同类模型的相关任务来介绍。',
    },
    why: {
      en: 'Under the heading “speech recognition (ASR)”, the original presents synthesis as if it were part of recognition, although the two tasks go in opposite directions.',
      zh: '原文在“语音识别（ASR）”的标题下把语音合成当作语音识别的一部分，而这两项任务的方向恰好相反。',
    },
  },
  {
    id: 'scale-and-complexity',
    chapter: 'outlook',
    section: 'scale-and-efficiency',
    category: 'claim',
    original:
      '基础模型将趋向于更大规模，同时提高计算效率，以适应更复杂的任务 / Foundational models will tend to become larger in scale while improving computational efficiency to handle more complex tasks',
    originalLang: 'both',
    correction: {
      en: 'Scaling laws show that the loss on the training objective falls smoothly as model size, data and compute grow (Kaplan et al., 2020), and some abilities appear only at large scale, in ways that cannot be predicted from smaller models (Wei et al., 2022). Neither means that a larger model is automatically better at a given, more complex task.',
      zh: '缩放定律表明，随着模型规模、数据量和算力的增长，训练目标上的损失会平稳下降（Kaplan 等，2020）；有些能力只在规模足够大时才出现，无法从较小模型的表现中预测（Wei 等，2022）。这两点都不意味着更大的模型在某项更复杂的任务上必然表现更好。',
    },
    why: {
      en: 'The original presents growth in size as the way to handle more complex tasks. The evidence concerns the training objective, not performance on particular tasks, and larger models also cost more to train and run.',
      zh: '原文把模型变大说成是应对更复杂任务的途径。但现有证据针对的是训练目标，而不是具体任务上的表现；况且更大的模型训练和运行的成本也更高。',
    },
  },
  {
    id: 'faq-how-to-improve',
    chapter: 'faq',
    section: 'faq-how-to-improve',
    category: 'claim',
    original:
      '可以通过增加数据集、调整模型架构、改进优化算法和增加训练时间来优化基础模型。 / Foundational models can be optimized by increasing the dataset size, adjusting the model architecture, improving the optimization algorithms, and extending the training time.',
    originalLang: 'both',
    correction: {
      en: 'Improve the data (cleaner, more varied and more representative, not just more); adjust the architecture; tune the hyperparameters on the validation set; use regularization and early stopping against overfitting; fine-tune a pretrained model; and check the final model once on the test set.',
      zh: '改进数据（更干净、更多样、更有代表性，而不只是更多）；调整架构；在验证集上调整超参数；用正则化和提前停止防止过拟合；对预训练模型进行微调；最后在测试集上对最终模型做一次性检验。',
    },
    why: {
      en: 'More data and longer training do not help by themselves: low-quality data can hurt, and training longer helps only while the validation performance is still improving; beyond that point the model overfits.',
      zh: '更多的数据和更长的训练本身并不一定有用：低质量的数据可能起反作用；延长训练只有在验证集上的表现仍在提升时才有帮助，过了这个点，模型就会过拟合。',
    },
  },

  // ── Chapter 5: project practice ─────────────────────────────────────────
  {
    id: 'practice-test-accuracy',
    chapter: 'practice',
    section: 'results',
    category: 'claim',
    original: '1000/1000 [==============================] - 2s 2ms/step - loss: 0.6722 - accuracy: 0.5537 / 结果显示，模型的测试准确率为55.37%，表明模型在随机生成的数据集上表现一般。 / The result indicates that the model has an accuracy of 55.37% on the random generated dataset, suggesting a general performance of the model.',
    originalLang: 'both',
    correction: {
      en: 'The program evaluates on its training data, so the figure it prints is training accuracy, not test accuracy; on fresh data drawn the same way, accuracy stays at chance level (one in ten). Chapter 5 shows a seeded, reproducible run of both, and the training lab lets the reader repeat it.',
      zh: '程序是在训练数据上评估的，打印出的数字是训练准确率，而不是测试准确率；在以同样方式新生成的数据上，准确率停留在随机猜测的水平（十分之一）。第 5 章给出了带随机种子、可复现的两种评估结果，读者也可以在训练实验中亲自重复。',
    },
    why: {
      en: 'Inputs and labels are independent random numbers, so there is nothing to learn: accuracy above chance on the training data only measures memorization. The printed progress line counts samples (1000/1000), as standalone Keras and TensorFlow up to 2.1 did; since TensorFlow 2.2 the bar counts batches (⌈1000 / 32⌉ per epoch at the default batch size of 32). Either way the program sets no seed, so the figures are not reproducible.',
      zh: '输入和标签是相互独立的随机数，没有任何规律可学：训练数据上高于随机水平的准确率衡量的只是记忆。原文的进度输出按样本计数（1000/1000），这是独立版 Keras 和 TensorFlow 2.1 及更早版本的格式；从 TensorFlow 2.2 起，进度条按批计数（默认批量大小 32 时每轮 ⌈1000 / 32⌉ 批）。无论哪个版本，程序都没有设定随机种子，这些数字都无法复现。',
    },
    edition: '2',
  },
  {
    id: 'practice-venv-order',
    chapter: 'practice',
    section: 'development-environment',
    category: 'fact',
    original: '3. **创建虚拟环境**：为了管理项目依赖，建议创建一个虚拟环境。 / 3. **Create a Virtual Environment**: To manage project dependencies, it\'s recommended to create a virtual environment.',
    originalLang: 'both',
    correction: {
      en: 'Create and activate the virtual environment first, then install the dependencies into it; pandas is not needed by the program.',
      zh: '先创建并激活虚拟环境，再把依赖装进去；程序并不需要 pandas。',
    },
    why: {
      en: 'The original installs the packages (step 2) before creating the environment (step 3), which puts them outside it.',
      zh: '原文先安装依赖（第 2 步）、后创建虚拟环境（第 3 步），依赖因此被装到了虚拟环境之外。',
    },
  },
  {
    id: 'practice-compile-naming',
    chapter: 'practice',
    section: 'code-walkthrough',
    category: 'fact',
    original: '2. **编译器配置**： / 2. **Compiler Configuration**:',
    originalLang: 'both',
    correction: {
      en: '`model.compile` configures training: it attaches the optimizer, the loss and the metrics to the model. It does not configure a compiler.',
      zh: '`model.compile` 用于配置训练：为模型指定优化器、损失函数和评估指标，与“编译器”无关。',
    },
    why: {
      en: 'Keras calls the step "compile", but no compiler is involved; the article’s heading misleads readers new to Keras.',
      zh: 'Keras 把这一步称为 compile，但其中并不涉及编译器；原文的标题会误导初学者。',
    },
  },

  // ── Chapter 7: tools and resources ──────────────────────────────────────
  {
    id: 'python-dl-authors',
    chapter: 'resources',
    section: 'books',
    category: 'reference',
    original: '《Python深度学习》（Deep Learning with Python） - Fast, Chanel, Boublil',
    originalLang: 'zh',
    correction: {
      en: 'Deep Learning with Python is by François Chollet (2nd ed., Manning, 2021; ISBN 978-1-61729-686-4).',
      zh: '《Python 深度学习》（Deep Learning with Python）的作者是 François Chollet（第 2 版，Manning，2021；ISBN 978-1-61729-686-4）。',
    },
    why: {
      en: 'The three names in the Chinese half are invented; the English half of the same list, and both halves of chapter 10, correctly name Chollet, the creator of Keras, as the sole author.',
      zh: '中文部分所列三位作者纯属杜撰；同一书单的英文部分以及第 10 章的中英文部分都正确地写作 Chollet——Keras 的作者，也是本书唯一的作者。',
    },
  },
  {
    id: 'chollet-name-encoding',
    chapter: 'resources',
    section: 'books',
    category: 'reference',
    original: '"Deep Learning with Python" by FranÃ§ois Chollet',
    originalLang: 'en',
    correction: {
      en: 'The author’s name is François Chollet.',
      zh: '作者姓名应为 François Chollet。',
    },
    why: {
      en: '“FranÃ§ois” is a character-encoding error (UTF-8 text read as Latin-1) for “François”.',
      zh: '“FranÃ§ois”是字符编码错误（UTF-8 文本被当作 Latin-1 读取）造成的乱码，原名为“François”。',
    },
  },
  {
    id: 'nlp-dl-book',
    chapter: 'resources',
    section: 'books',
    category: 'reference',
    original:
      '《自然语言处理与深度学习》（Natural Language Processing with Deep Learning） - Ludwig, PAPE,绝对推荐 / "Natural Language Processing with Deep Learning" by Colah',
    originalLang: 'both',
    correction: {
      en: 'Removed: no book with this title by these authors could be found.',
      zh: '已删除：找不到由上述作者撰写、题为此名的书。',
    },
    why: {
      en: 'The two halves do not even agree on the authors (“Ludwig, PAPE” in Chinese, “Colah” in English). No such book by either could be verified, so it cannot be recommended.',
      zh: '中英文两部分连作者都不一致（中文为“Ludwig, PAPE”，英文为“Colah”），两种说法都无法核实，因此不能作为推荐读物。',
    },
  },
  {
    id: 'neural-conversational-model',
    chapter: 'resources',
    section: 'papers',
    category: 'reference',
    original: '"A Neural Conversation Model" - Facebook AI Research / "A Neural Conversation Model" by Facebook AI Research',
    originalLang: 'both',
    correction: {
      en: 'Oriol Vinyals and Quoc V. Le (2015), “A Neural Conversational Model”, arXiv:1506.05869.',
      zh: 'Oriol Vinyals 与 Quoc V. Le（2015），《A Neural Conversational Model》，arXiv:1506.05869。',
    },
    why: {
      en: 'The title is “Conversational”, not “Conversation”, and the paper is by two researchers at Google, not by Facebook AI Research.',
      zh: '题目中是“Conversational”而非“Conversation”；论文作者是谷歌的两位研究人员，并非 Facebook AI Research。',
    },
  },
  {
    id: 'docker-paper',
    chapter: 'resources',
    section: 'papers',
    category: 'reference',
    original: '"Docker: A Platform for Automated, Lightweight, Portable, and Shareable Containers" - Docker, Inc.',
    originalLang: 'both',
    correction: {
      en: 'Replaced by the usual citation for Docker: Dirk Merkel (2014), “Docker: lightweight Linux containers for consistent development and deployment”, Linux Journal 2014(239).',
      zh: '替换为 Docker 的常用引用文献：Dirk Merkel（2014），《Docker: lightweight Linux containers for consistent development and deployment》，Linux Journal 2014(239)。',
    },
    why: {
      en: 'No paper with this title by Docker, Inc. could be found.',
      zh: '找不到 Docker 公司发表的、题为此名的论文。',
    },
  },
  {
    id: 'keras-theano',
    chapter: 'resources',
    section: 'frameworks',
    category: 'fact',
    original:
      'Keras：高级神经网络API，兼容TensorFlow和Theano / Keras: An advanced neural network API that is compatible with TensorFlow and Theano',
    originalLang: 'both',
    correction: {
      en: 'Keras is a high-level neural-network API; Keras 3 runs on top of JAX, TensorFlow or PyTorch.',
      zh: 'Keras 是高层神经网络 API；Keras 3 可运行在 JAX、TensorFlow 或 PyTorch 之上。',
    },
    why: {
      en: 'Theano support belongs to early versions of Keras. Since Keras 3 (2023) the backends are JAX, TensorFlow and PyTorch.',
      zh: '支持 Theano 是早期 Keras 版本的情况；自 Keras 3（2023 年）起，后端为 JAX、TensorFlow 和 PyTorch。',
    },
  },
  {
    id: 'pytorch-governance',
    chapter: 'resources',
    section: 'frameworks',
    category: 'fact',
    original: 'PyTorch：Facebook开发的开源深度学习框架 / PyTorch: An open-source deep learning framework developed by Facebook',
    originalLang: 'both',
    correction: {
      en: 'PyTorch was created at Facebook AI Research (now Meta); since September 2022 it has been governed by the PyTorch Foundation, part of the Linux Foundation.',
      zh: 'PyTorch 诞生于 Facebook AI Research（现 Meta）；自 2022 年 9 月起由 Linux 基金会旗下的 PyTorch 基金会管理。',
    },
    why: {
      en: 'The original statement is out of date: Meta handed PyTorch over to a vendor-neutral foundation.',
      zh: '原文的说法已经过时：Meta 已将 PyTorch 移交给厂商中立的基金会。',
    },
  },
  {
    id: 'al-banna-time-dilation',
    chapter: 'resources',
    section: 'related-papers',
    category: 'reference',
    original: '"A Brief History of Time Dilation: The Science of Time and Space" - Al-Banna, A.',
    originalLang: 'both',
    correction: {
      en: 'Removed.',
      zh: '已删除。',
    },
    why: {
      en: 'The paper could not be found, and its subject (time dilation in physics) has nothing to do with foundation models or deep learning.',
      zh: '找不到这篇论文，而且其主题（物理学中的时间膨胀）与基础模型和深度学习毫无关系。',
    },
  },
  {
    id: 'bengio-theoretical-foundations',
    chapter: 'resources',
    section: 'related-papers',
    category: 'reference',
    original: '"Theoretical Foundations of Deep Learning" - Bengio, Y. / "Theoretical Foundations of Deep Learning" by Yoshua Bengio',
    originalLang: 'both',
    correction: {
      en: 'Removed. For Bengio’s own account of why deep architectures are needed, this edition lists his monograph “Learning Deep Architectures for AI” (2009) instead.',
      zh: '已删除。若想了解 Bengio 本人关于为何需要深层结构的论述，本版改为推荐他的专著《Learning Deep Architectures for AI》（2009）。',
    },
    why: {
      en: 'No paper by Yoshua Bengio with this title could be found.',
      zh: '找不到 Yoshua Bengio 以此为题的论文。',
    },
  },
  {
    id: 'hinton-speech',
    chapter: 'resources',
    section: 'related-papers',
    category: 'reference',
    original: '"Deep Learning for Speech Recognition" - Hinton, G. / "Deep Learning for Speech Recognition" by Geoffrey Hinton',
    originalLang: 'both',
    correction: {
      en: 'Hinton, Deng, Yu, Dahl, Mohamed, Jaitly, Senior, Vanhoucke, Nguyen, Sainath and Kingsbury (2012), “Deep Neural Networks for Acoustic Modeling in Speech Recognition”, IEEE Signal Processing Magazine 29(6): 82–97, doi:10.1109/MSP.2012.2205597.',
      zh: 'Hinton、Deng、Yu、Dahl、Mohamed、Jaitly、Senior、Vanhoucke、Nguyen、Sainath 和 Kingsbury（2012），《Deep Neural Networks for Acoustic Modeling in Speech Recognition》，IEEE Signal Processing Magazine 29(6): 82–97，doi:10.1109/MSP.2012.2205597。',
    },
    why: {
      en: 'There is no paper of this title by Hinton alone. The real one is an overview written jointly by four research groups, with eleven authors.',
      zh: '并不存在 Hinton 一人署名、题为此名的论文；真实的论文是四个研究团队共同撰写的综述，共有十一位作者。',
    },
  },
  {
    id: 'dl-principles-practice',
    chapter: 'resources',
    section: 'related-books',
    category: 'reference',
    original:
      '《深度学习原理与实践》（Deep Learning: Principles and Practice） - Goodfellow, Bengio / "Deep Learning: Principles and Practice" by Ian Goodfellow, Yoshua Bengio',
    originalLang: 'both',
    correction: {
      en: 'Removed. The book by these authors is “Deep Learning” (2016), written with Aaron Courville, which is already listed.',
      zh: '已删除。这两位作者（与 Aaron Courville 合著）的书是已列出的《深度学习》（Deep Learning，2016）。',
    },
    why: {
      en: 'No book with this title by Goodfellow and Bengio could be found.',
      zh: '找不到 Goodfellow 与 Bengio 以此为题的书。',
    },
  },
  {
    id: 'dl-techniques-applications',
    chapter: 'resources',
    section: 'related-books',
    category: 'reference',
    original:
      '《深度学习技术与应用》（Deep Learning Techniques and Applications） - Bengio, Courville / "Deep Learning Techniques and Applications" by Yoshua Bengio, Y. LeCun',
    originalLang: 'both',
    correction: {
      en: 'Removed.',
      zh: '已删除。',
    },
    why: {
      en: 'No such book could be found, and the two halves disagree on the co-author (Courville in Chinese, LeCun in English).',
      zh: '找不到这本书，而且中英文两部分给出的合著者也不一致（中文为 Courville，英文为 LeCun）。',
    },
  },

  // ── Chapter 10: further reading ─────────────────────────────────────────
  {
    id: 'mao-xingyun-book',
    chapter: 'references',
    section: 'further-books',
    category: 'reference',
    original: '**《深度学习入门：从理论到实践》** - 毛星云',
    originalLang: 'zh',
    correction: {
      en: 'Removed: the book could not be verified.',
      zh: '已删除：无法核实这本书。',
    },
    why: {
      en: 'No bibliographic record (publisher, year, ISBN) could be found for it, and the English half lists a different third book in its place.',
      zh: '找不到它的任何书目信息（出版社、年份、ISBN），而英文部分在同一位置列出的是另一本书。',
    },
  },
  {
    id: 'maosong-sun-book',
    chapter: 'references',
    section: 'further-books',
    category: 'reference',
    original: '"Deep Learning: A Comprehensive Introduction" by Maosong Sun',
    originalLang: 'en',
    correction: {
      en: 'Removed: the book could not be verified.',
      zh: '已删除：无法核实这本书。',
    },
    why: {
      en: 'No bibliographic record could be found for a book of this title by Maosong Sun, and the Chinese half lists a different book (by 毛星云) in its place.',
      zh: '找不到孙茂松（Maosong Sun）以此为题的书的任何书目信息，而中文部分在同一位置列出的是另一本书（毛星云著）。',
    },
  },
  {
    id: 'neural-conversational-model-further-reading',
    chapter: 'references',
    section: 'further-papers',
    category: 'reference',
    original: '**"A Neural Conversation Model"** - Facebook AI Research / "A Neural Conversation Model" by Facebook AI Research',
    originalLang: 'both',
    correction: {
      en: 'Oriol Vinyals and Quoc V. Le (2015), “A Neural Conversational Model”, arXiv:1506.05869.',
      zh: 'Oriol Vinyals 与 Quoc V. Le（2015），《A Neural Conversational Model》，arXiv:1506.05869。',
    },
    why: {
      en: 'Same error as in chapter 7: wrong title and wrong organization; the authors were at Google.',
      zh: '与第 7 章的错误相同：题目和机构都写错了，两位作者当时在谷歌。',
    },
  },
  {
    id: 'hinton-speech-further-reading',
    chapter: 'references',
    section: 'further-papers',
    category: 'reference',
    original: '**"Deep Learning for Speech Recognition"** - Geoffrey Hinton / "Deep Learning for Speech Recognition" by Geoffrey Hinton',
    originalLang: 'both',
    correction: {
      en: 'Hinton et al. (2012), “Deep Neural Networks for Acoustic Modeling in Speech Recognition”, IEEE Signal Processing Magazine 29(6): 82–97, doi:10.1109/MSP.2012.2205597.',
      zh: 'Hinton 等（2012），《Deep Neural Networks for Acoustic Modeling in Speech Recognition》，IEEE Signal Processing Magazine 29(6): 82–97，doi:10.1109/MSP.2012.2205597。',
    },
    why: {
      en: 'Same error as in chapter 7: no paper of this title by Hinton alone exists; the real paper has eleven authors from four research groups.',
      zh: '与第 7 章的错误相同：不存在 Hinton 一人署名、题为此名的论文；真实论文来自四个研究团队，共十一位作者。',
    },
  },

  // ── Structure and numbering ─────────────────────────────────────────────
  {
    id: 'outline-numbering',
    chapter: 'background',
    category: 'consistency',
    original:
      '1. **核心概念与联系** … 9. **扩展阅读 & 参考资料** / 1. **Core Concepts and Connections** … 9. **Extended Reading & Reference Materials**',
    originalLang: 'both',
    correction: {
      en: 'The outline now uses the chapters’ own numbers, 2 to 10.',
      zh: '章节概览改为使用各章实际的编号 2 至 10。',
    },
    why: {
      en: 'The introduction numbers the following chapters 1–9, while the chapters themselves are numbered 2–10, so every cross-reference was off by one.',
      zh: '引言把后续各章编为 1–9，而各章自身的编号是 2–10，导致每一处对照都差一位。',
    },
  },
  {
    id: 'zh-heading-levels',
    chapter: 'background',
    category: 'consistency',
    original: '## 1. 背景介绍 … ### 2. 核心概念与联系',
    originalLang: 'zh',
    correction: {
      en: 'All chapters are now at the same heading level, with numbers generated from the book outline.',
      zh: '各章标题统一为同一级别，编号由全书目录自动生成。',
    },
    why: {
      en: 'In the Chinese half, chapter 1 is a level-2 heading and chapters 2–10 are level-3 headings.',
      zh: '中文部分第 1 章是二级标题，第 2–10 章却是三级标题。',
    },
  },
  {
    id: 'en-numbering-background',
    chapter: 'background',
    category: 'consistency',
    original: '### 2.1 What is a Foundational Model?',
    originalLang: 'en',
    correction: {
      en: 'This text is chapter 1, “Background”.',
      zh: '这部分内容是第 1 章“背景介绍”。',
    },
    why: {
      en: 'The English half heads the background chapter with a section number and title that belong elsewhere (“2.1”, and the question that later opens the FAQ), so all its chapter-2 sections shift to 2.2–2.4.',
      zh: '英文部分给背景一章冠以不属于它的编号和标题（“2.1”，以及后来 FAQ 开头的那个问题），致使英文第 2 章各节顺延为 2.2–2.4。',
    },
  },
  {
    id: 'en-numbering-core-concepts',
    chapter: 'core-concepts',
    category: 'consistency',
    original:
      '### 2.2 Basic Principles of Foundational Models … ### 2.3 Technical Architecture of Foundational Models … ### 2.4 Relationships Between Foundational Models and Other Fields',
    originalLang: 'en',
    correction: {
      en: 'The sections are numbered 2.1–2.3 in both languages.',
      zh: '两种语言中这三节统一编为 2.1–2.3。',
    },
    why: {
      en: 'The Chinese half numbers the same three sections 2.1–2.3; the English numbers were shifted by the misplaced “2.1” heading before them.',
      zh: '中文部分同样的三节编为 2.1–2.3；英文的编号被前面错放的“2.1”标题挤后了一位。',
    },
  },
  {
    id: 'en-numbering-algorithms',
    chapter: 'algorithms',
    category: 'consistency',
    original: '### 3.2 Core Algorithm Principles and Specific Operational Steps',
    originalLang: 'en',
    correction: {
      en: 'This is the heading of chapter 3 itself; its sections are 3.1 and 3.2.',
      zh: '这是第 3 章本身的标题，其下两节为 3.1 和 3.2。',
    },
    why: {
      en: 'The English half numbers the chapter heading “3.2” and then has two subsections numbered 3.1 and 3.2 under it.',
      zh: '英文部分把章标题编为“3.2”，其下又出现编号为 3.1 和 3.2 的两个小节。',
    },
  },
  {
    id: 'en-numbering-math',
    chapter: 'math',
    category: 'consistency',
    original: '### 4.3 Mathematical Models and Formulas & Detailed Explanation & Examples',
    originalLang: 'en',
    correction: {
      en: 'This is the heading of chapter 4 itself; its sections are 4.1 and 4.2.',
      zh: '这是第 4 章本身的标题，其下两节为 4.1 和 4.2。',
    },
    why: {
      en: 'The English half numbers the chapter heading “4.3”, followed by its sections 4.1 and 4.2.',
      zh: '英文部分把章标题编为“4.3”，后面紧接着的却是 4.1 和 4.2 两节。',
    },
  },
  {
    id: 'en-numbering-practice',
    chapter: 'practice',
    category: 'consistency',
    original: '#### 5.1 Development Environment Setup',
    originalLang: 'en',
    correction: {
      en: 'The English chapter 5 now has its chapter heading, “Project Practice: Code and Explanation”.',
      zh: '英文第 5 章补上了章标题“Project Practice: Code and Explanation”。',
    },
    why: {
      en: 'The English half of chapter 5 has no chapter heading at all: it starts directly with section 5.1.',
      zh: '英文部分的第 5 章完全没有章标题，直接从 5.1 节开始。',
    },
  },
  {
    id: 'en-numbering-applications',
    chapter: 'applications',
    category: 'consistency',
    original: '### 6.1 Practical Application Scenarios … #### 6.1 Natural Language Processing (NLP)',
    originalLang: 'en',
    correction: {
      en: '“Application Scenarios” is chapter 6; natural language processing is its section 6.1.',
      zh: '“应用场景”是第 6 章，自然语言处理是其中的 6.1 节。',
    },
    why: {
      en: 'The English half numbers both the chapter heading and its first section “6.1”.',
      zh: '英文部分把章标题和第一节都编为“6.1”。',
    },
  },
  {
    id: 'en-numbering-resources',
    chapter: 'resources',
    section: 'learning-resources',
    category: 'consistency',
    original: '### 7.1 Recommended Learning Resources … #### 7.2 Recommended Development Tools and Frameworks',
    originalLang: 'en',
    correction: {
      en: 'Chapter 7, “Tools and Resources”, now has its heading, and its three sections are at the same level.',
      zh: '第 7 章“工具和资源推荐”补上了章标题，其下三节处于同一级别。',
    },
    why: {
      en: 'The English half has no chapter heading for chapter 7; its section 7.1 stands in for it at a higher level than sections 7.2 and 7.3.',
      zh: '英文部分的第 7 章没有章标题，由 7.1 节代替，而且 7.1 的标题级别高于 7.2 和 7.3。',
    },
  },
  {
    id: 'en-numbering-outlook',
    chapter: 'outlook',
    category: 'consistency',
    original: '### 8.1 Summary: Future Development Trends and Challenges … #### 8.1 Future Development Trends',
    originalLang: 'en',
    correction: {
      en: '“Outlook: Trends and Challenges” is a chapter of its own (chapter 8 of the original); future trends are its first section.',
      zh: '“展望：发展趋势与挑战”是单独的一章（原文的第 8 章），未来发展趋势是其中的第一节。',
    },
    why: {
      en: 'The English half numbers both the chapter heading and its first section “8.1”.',
      zh: '英文部分把章标题和第一节都编为“8.1”。',
    },
  },
  {
    id: 'en-numbering-faq',
    chapter: 'faq',
    category: 'consistency',
    original: '### 9.1 What is a Foundational Model?',
    originalLang: 'en',
    correction: {
      en: 'The chapter (chapter 9 of the original) now has its heading, “Frequently Asked Questions”; “What is a foundation model?” is its first question, at the same level as the other three.',
      zh: '这一章（原文的第 9 章）补上了章标题“常见问题与解答”；“什么是基础模型？”是其中的第一个问题，与其余三个问题处于同一级别。',
    },
    why: {
      en: 'In the English half the first question doubles as the chapter heading, one level above the other three questions.',
      zh: '英文部分的第一个问题兼作章标题，比其余三个问题高一级。',
    },
  },
  {
    id: 'en-numbering-references',
    chapter: 'references',
    section: 'further-reading',
    category: 'consistency',
    original: '### 10.1 Recommended Books … #### 10.2 Recommended Papers',
    originalLang: 'en',
    correction: {
      en: 'The chapter “Further Reading and References” (chapter 10 of the original) now has its heading, and its sections are at the same level.',
      zh: '“扩展阅读与参考资料”一章（原文的第 10 章）补上了章标题，其下各节处于同一级别。',
    },
    why: {
      en: 'The English half has no heading for chapter 10; its section 10.1 stands in for it, one level above sections 10.2–10.4.',
      zh: '英文部分的第 10 章没有章标题，由 10.1 节代替，而且比 10.2–10.4 高一级。',
    },
  },

  // --- added: content corrections (review 1) ---
  {
    id: 'python-version',
    chapter: 'practice',
    section: 'development-environment',
    category: 'fact',
    original: '确保Python环境已安装，版本建议为3.7或更高 / Make sure Python is installed, with a recommended version of 3.7 or higher',
    originalLang: 'both',
    correction: {
      en: 'Use a Python version supported by the current TensorFlow release; TensorFlow’s installation guide lists them.',
      zh: '选用当前 TensorFlow 版本支持的 Python 版本，TensorFlow 的安装指南中列有清单。',
    },
    why: {
      en: 'TensorFlow supports only a few recent Python versions at a time, and current releases no longer install on Python 3.7, so “3.7 or higher” no longer guarantees a working set-up.',
      zh: 'TensorFlow 每个版本只支持少数几个较新的 Python 版本，当前版本已不能安装在 Python 3.7 上，所以“3.7 或更高”并不能保证环境可用。',
    },
    edition: '2',
  },
  {
    id: 'vscode-open-source',
    chapter: 'resources',
    section: 'editors',
    category: 'fact',
    original: 'Visual Studio Code：功能强大的开源代码编辑器 / Visual Studio Code: A powerful open-source code editor',
    originalLang: 'both',
    correction: {
      en: 'Visual Studio Code is a free code editor from Microsoft whose source code is open.',
      zh: 'Visual Studio Code 是微软推出的免费代码编辑器，源代码开放。',
    },
    why: {
      en: 'The source code (the Code - OSS repository) is published under the MIT license, but the Visual Studio Code product that Microsoft distributes is released under its own, non-open-source license. “Free, with open source code” describes it accurately.',
      zh: '它的源代码（Code - OSS 仓库）以 MIT 许可证公开，但微软分发的 Visual Studio Code 产品本身采用微软自己的、并非开源的许可证。说它“免费、源代码开放”才准确。',
    },
    edition: '2',
  },
  {
    id: 'keras-high-level-api',
    chapter: 'resources',
    section: 'frameworks',
    category: 'fact',
    original: 'Keras：高级神经网络API / Keras: An advanced neural network API',
    originalLang: 'both',
    correction: {
      en: 'Keras is a high-level API for building and training neural networks.',
      zh: 'Keras 是用于搭建和训练神经网络的高层 API。',
    },
    why: {
      en: 'In the Chinese half, 高级 here means “high-level” (an interface far from the hardware details), not “advanced”; the English half mistranslates it. Keras is meant for beginners as much as for experts.',
      zh: '中文部分的“高级”在这里指“高层”（远离底层细节的接口），而不是“先进”；英文部分把它误译为 advanced。Keras 同样面向初学者。',
    },
    edition: '2',
  },
  {
    id: 'medical-diagnosis-overclaim',
    chapter: 'core-concepts',
    section: 'relationship-with-other-fields',
    category: 'claim',
    original: '基础模型在医疗诊断中的应用，使得疾病检测和预测变得更加精准 / Foundational models have been used in medical diagnosis, making disease detection and prediction more precise',
    originalLang: 'both',
    correction: {
      en: 'Foundation models are being studied for detecting and predicting disease from medical images, clinical notes and patient records; such a system must be validated clinically and approved under medical regulations before it may be used in patient care.',
      zh: '人们正在研究用基础模型从医学影像、临床记录和病历中检测和预测疾病；这样的系统在用于临床诊疗之前，必须经过临床验证，并按照医疗监管规定获得批准。',
    },
    why: {
      en: 'The original states as a fact that foundation models have made diagnosis more precise. Most such systems are research prototypes; precision in a study does not carry over to patient care without clinical validation (chapter 6 makes the same correction).',
      zh: '原文把“基础模型已使诊断更加精准”当作事实陈述。这类系统大多仍是研究原型；研究中的准确度未经临床验证，不能直接推及临床诊疗（第 6 章也作了同样的更正）。',
    },
    edition: '2',
  },
  {
    id: 'chapter-titles',
    chapter: 'outlook',
    category: 'consistency',
    original: '7. **总结：未来发展趋势与挑战** … 8. **附录：常见问题与解答** / 7. **Summary: Future Development Trends and Challenges** … 8. **Appendix: Frequently Asked Questions and Answers**',
    originalLang: 'both',
    correction: {
      en: 'The chapter on trends and challenges is called “Outlook: Trends and Challenges” (zh “展望：发展趋势与挑战”), and the questions chapter “Frequently Asked Questions” (zh “常见问题与解答”), the same in both editions.',
      zh: '讨论趋势与挑战的一章名为“展望：发展趋势与挑战”（英文 “Outlook: Trends and Challenges”），问答一章名为“常见问题与解答”（英文 “Frequently Asked Questions”），两个版本含义一致。',
    },
    why: {
      en: 'The chapter looks ahead rather than summarizing the book, and the questions chapter is a chapter, not an appendix: the book’s only appendices are the errata and the glossary.',
      zh: '这一章是对未来的展望，而不是对全书的总结；问答一章是正文中的一章，而不是附录：本书的附录只有勘误和术语表。',
    },
    edition: '2',
  },
];
