/**
 * The glossary: one list, rendered on the glossary page of both editions and
 * used by <Term id="…"> in the chapters (the first use of a term shows the
 * other language's name and links here). Anchors are `term-<id>`.
 *
 * Entries are kept in a topical order (field → network → training → data and
 * evaluation → foundation models → applications → deployment and society);
 * the glossary page sorts them alphabetically in each language.
 */
export interface GlossaryEntry {
  /** Stable id, lower-case kebab-case, e.g. "gradient-descent". */
  id: string;
  en: string;
  zh: string;
  /** Other English names readers may search for (abbreviations, synonyms). */
  aliases?: string[];
  /**
   * Names the book does NOT use for this term (other translations, other
   * spellings). The terminology check (src/lib/checks/terminology.test.ts) fails,
   * naming file and line, when one of them appears in the chapters.
   */
  variants?: { en?: string[]; zh?: string[] };
  definition: { en: string; zh: string };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // ── The field ───────────────────────────────────────────────────────────
  {
    id: 'foundation-model',
    en: 'foundation model',
    zh: '基础模型',
    definition: {
      en: 'A model trained on broad data at scale that can be adapted to a wide range of downstream tasks.',
      zh: '在大规模、广泛的数据上训练，可适配到多种下游任务的模型。',
    },
  },
  {
    id: 'artificial-intelligence',
    en: 'artificial intelligence',
    zh: '人工智能',
    aliases: ['AI'],
    definition: {
      en: 'The field of computer science that builds systems for tasks usually thought to need human intelligence, such as perception, language, reasoning and decision-making.',
      zh: '计算机科学的一个领域，研究如何构建能够完成通常被认为需要人类智能的任务（如感知、语言、推理和决策）的系统。',
    },
  },
  {
    id: 'machine-learning',
    en: 'machine learning',
    zh: '机器学习',
    aliases: ['ML'],
    definition: {
      en: 'A branch of artificial intelligence in which a system improves at a task by learning patterns from data instead of following explicitly programmed rules.',
      zh: '人工智能的一个分支：系统从数据中学习规律来提升完成任务的能力，而不是依靠人工编写的显式规则。',
    },
  },
  {
    id: 'deep-learning',
    en: 'deep learning',
    zh: '深度学习',
    aliases: ['DL'],
    definition: {
      en: 'Machine learning with neural networks of many layers, which learn a hierarchy of representations directly from raw data.',
      zh: '使用多层神经网络的机器学习方法，能直接从原始数据中学到逐层抽象的表示。',
    },
  },

  // ── The network ─────────────────────────────────────────────────────────
  {
    id: 'neural-network',
    en: 'neural network',
    zh: '神经网络',
    aliases: ['artificial neural network', 'ANN'],
    definition: {
      en: 'A model made of layers of simple connected units (neurons), each computing a weighted sum of its inputs plus a bias followed by an activation function; loosely inspired by the brain, but not a simulation of it.',
      zh: '由多层相互连接的简单单元（神经元）组成的模型，每个单元先对输入加权求和、加上偏置，再经过激活函数；其设计受大脑启发，但并不是对大脑的模拟。',
    },
  },
  {
    id: 'neuron',
    en: 'neuron',
    zh: '神经元',
    aliases: ['unit', 'node'],
    definition: {
      en: 'The basic unit of a neural network: it multiplies each input by a weight, adds a bias and passes the sum through an activation function.',
      zh: '神经网络的基本单元：把每个输入乘以相应的权重并求和，加上偏置，再通过激活函数输出。',
    },
  },
  {
    id: 'input-layer',
    en: 'input layer',
    zh: '输入层',
    definition: {
      en: 'The first layer of a network, which receives the input features (for example pixel values or token embeddings) and passes them on; it has no trainable weights of its own.',
      zh: '网络的第一层，接收输入特征（如像素值或词元嵌入）并向后传递，本身没有可训练的权重。',
    },
  },
  {
    id: 'hidden-layer',
    en: 'hidden layer',
    zh: '隐藏层',
    aliases: ['hidden layers'],
    definition: {
      en: 'Any layer between the input layer and the output layer; its outputs are not observed directly but serve as learned intermediate representations (features).',
      zh: '位于输入层与输出层之间的层，其输出不直接可见，而是作为学到的中间表示（特征）。',
    },
  },
  {
    id: 'output-layer',
    en: 'output layer',
    zh: '输出层',
    definition: {
      en: 'The last layer of a network, which produces the prediction, for example a probability for each class or a numerical value.',
      zh: '网络的最后一层，给出预测结果，例如每个类别的概率或一个数值。',
    },
  },
  {
    id: 'dense-layer',
    en: 'dense layer',
    zh: '全连接层',
    aliases: ['fully connected layer', 'Dense'],
    variants: { zh: ['稠密层', '密集层'] },
    definition: {
      en: 'A layer in which every output unit is connected to every input: it computes activation(W·x + b) for a weight matrix W and a bias vector b (Keras: layers.Dense).',
      zh: '每个输出单元都与全部输入相连的层：对权重矩阵 W 和偏置向量 b 计算 activation(W·x + b)（Keras 中为 layers.Dense）。',
    },
  },
  {
    id: 'weight',
    en: 'weight',
    zh: '权重',
    aliases: ['weights'],
    definition: {
      en: 'A learnable parameter that scales the contribution of one input to a neuron; training adjusts the weights to reduce the loss.',
      zh: '可学习的参数，决定某个输入对神经元的贡献大小；训练就是不断调整权重以降低损失。',
    },
  },
  {
    id: 'bias',
    en: 'bias',
    zh: '偏置',
    aliases: ['bias term'],
    definition: {
      en: 'A learnable constant added to a neuron’s weighted sum, which lets its output shift independently of the inputs (not to be confused with statistical or social bias).',
      zh: '加在神经元加权和上的可学习常数，使输出可以独立于输入整体平移（与统计学或社会意义上的“偏差、偏见”不是一回事）。',
    },
  },
  {
    id: 'activation-function',
    en: 'activation function',
    zh: '激活函数',
    definition: {
      en: 'A nonlinear function applied to a neuron’s weighted sum, such as ReLU, sigmoid or softmax; without it a stack of layers would collapse into a single linear map.',
      zh: '作用于神经元加权和的非线性函数，如 ReLU、sigmoid、softmax；没有它，多层网络就退化为一个线性变换。',
    },
  },
  {
    id: 'relu',
    en: 'ReLU',
    zh: '修正线性单元',
    aliases: ['rectified linear unit'],
    definition: {
      en: 'The activation function ReLU(x) = max(0, x): positive inputs pass unchanged, negative inputs become zero.',
      zh: '激活函数 ReLU(x) = max(0, x)：正的输入原样输出，负的输入变为 0。',
    },
  },
  {
    id: 'softmax',
    en: 'softmax',
    zh: 'softmax 函数',
    aliases: ['normalized exponential function'],
    definition: {
      en: 'Turns a vector of scores z into a probability distribution, softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ); used in the output layer of multi-class classifiers.',
      zh: '把一组得分 z 变换为概率分布：softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)，常用于多分类模型的输出层。',
    },
  },

  // ── Training ────────────────────────────────────────────────────────────
  {
    id: 'forward-propagation',
    en: 'forward propagation',
    zh: '前向传播',
    aliases: ['forward pass'],
    definition: {
      en: 'Computing a network’s output from its input by passing values layer by layer from the input layer to the output layer.',
      zh: '从输入层到输出层逐层传递数值、由输入计算出网络输出的过程。',
    },
  },
  {
    id: 'backpropagation',
    en: 'backpropagation',
    zh: '反向传播',
    aliases: ['back propagation', 'backprop'],
    definition: {
      en: 'The algorithm that computes the gradient of the loss with respect to every weight and bias by applying the chain rule backwards, from the output layer to the input layer; an optimizer then uses these gradients to update the parameters.',
      zh: '利用链式法则从输出层向输入层逐层回传，计算损失对每个权重和偏置的梯度的算法；随后由优化器利用这些梯度更新参数。',
    },
  },
  {
    id: 'loss-function',
    en: 'loss function',
    zh: '损失函数',
    aliases: ['cost function', 'objective function'],
    definition: {
      en: 'A function that measures how far a model’s predictions are from the targets; training looks for parameters that make it small.',
      zh: '衡量模型预测与目标值之间差距的函数；训练就是寻找使它尽可能小的参数。',
    },
  },
  {
    id: 'mse',
    en: 'mean squared error',
    zh: '均方误差',
    aliases: ['MSE'],
    definition: {
      en: 'The average of the squared differences between targets and predictions, (1/n) Σ (yᵢ − ŷᵢ)²; the standard loss for regression.',
      zh: '目标值与预测值之差的平方的平均值，即 (1/n) Σ (yᵢ − ŷᵢ)²，是回归问题的标准损失函数。',
    },
  },
  {
    id: 'cross-entropy',
    en: 'cross-entropy',
    zh: '交叉熵',
    aliases: ['CE', 'log loss'],
    definition: {
      en: 'A classification loss that compares the predicted probability distribution with the true one, −Σ y log ŷ averaged over examples; it is small when the model gives the correct class a high probability.',
      zh: '分类问题的损失函数，比较预测的概率分布与真实分布：对样本平均的 −Σ y log ŷ；模型给正确类别的概率越高，交叉熵越小。',
    },
  },
  {
    id: 'optimizer',
    en: 'optimizer',
    zh: '优化器',
    aliases: ['optimization algorithm'],
    variants: { en: ['optimiser'] },
    definition: {
      en: 'The algorithm that updates a model’s parameters from the gradients of the loss, for example SGD, SGD with momentum, or Adam.',
      zh: '根据损失的梯度更新模型参数的算法，如 SGD、带动量的 SGD 和 Adam。',
    },
  },
  {
    id: 'gradient',
    en: 'gradient',
    zh: '梯度',
    definition: {
      en: 'The vector of partial derivatives of a function (here, the loss) with respect to the parameters; it points in the direction in which the function increases fastest.',
      zh: '函数（这里指损失）对各参数的偏导数组成的向量，指向函数增长最快的方向。',
    },
  },
  {
    id: 'gradient-descent',
    en: 'gradient descent',
    zh: '梯度下降',
    aliases: ['GD'],
    definition: {
      en: 'An iterative method that repeatedly moves the parameters a small step against the gradient, θ ← θ − η ∇J(θ), where η is the learning rate.',
      zh: '一种迭代方法：每次让参数沿梯度的反方向移动一小步，即 θ ← θ − η ∇J(θ)，其中 η 为学习率。',
    },
  },
  {
    id: 'sgd',
    en: 'stochastic gradient descent',
    zh: '随机梯度下降',
    aliases: ['SGD'],
    definition: {
      en: 'Gradient descent in which each update uses the gradient on one randomly chosen example or a small random mini-batch instead of the whole training set; cheaper per step, but noisy.',
      zh: '每次更新只用一个随机样本或一个随机小批量（而非整个训练集）上的梯度的梯度下降；每步计算量小，但带有噪声。',
    },
  },
  {
    id: 'mini-batch',
    en: 'mini-batch',
    zh: '小批量',
    aliases: ['minibatch', 'batch'],
    variants: { zh: ['小批次', '迷你批'] },
    definition: {
      en: 'A small random subset of the training set on which one gradient estimate, and hence one parameter update, is computed.',
      zh: '从训练集中随机抽取的一小部分样本，用来计算一次梯度估计并据此更新一次参数。',
    },
  },
  {
    id: 'momentum',
    en: 'momentum',
    zh: '动量法',
    aliases: ['heavy-ball method', 'SGD with momentum'],
    definition: {
      en: 'A variant of gradient descent that keeps a decaying running sum (velocity) of past gradients and moves the parameters along it, damping oscillations and speeding progress in consistent directions.',
      zh: '梯度下降的一种改进：保留历史梯度按比例衰减的累积量（速度），并沿其方向更新参数，从而抑制振荡、在方向一致时加快前进。',
    },
  },
  {
    id: 'adam',
    en: 'Adam',
    zh: 'Adam 优化算法',
    aliases: ['adaptive moment estimation'],
    definition: {
      en: 'An optimizer that gives each parameter its own step size, computed from bias-corrected running averages of the gradient and of its square (first and second moments).',
      zh: '为每个参数单独确定步长的优化器，步长由梯度及其平方（一阶矩与二阶矩）经偏差修正的滑动平均计算得到。',
    },
  },
  {
    id: 'learning-rate',
    en: 'learning rate',
    zh: '学习率',
    aliases: ['step size'],
    variants: { zh: ['学习速率'] },
    definition: {
      en: 'The hyperparameter (η or α) that scales each parameter update; too large and training diverges, too small and it crawls.',
      zh: '控制每次参数更新幅度的超参数（记作 η 或 α）；过大会使训练发散，过小则收敛极慢。',
    },
  },
  {
    id: 'epoch',
    en: 'epoch',
    zh: '轮次',
    aliases: ['epochs'],
    variants: { zh: ['轮数', '训练周期'] },
    definition: {
      en: 'One complete pass of training through the whole training set.',
      zh: '训练过程完整遍历一次整个训练集，称为一轮。',
    },
  },
  {
    id: 'batch-size',
    en: 'batch size',
    zh: '批量大小',
    variants: { en: ['batchsize'], zh: ['批大小', '批次大小', '批尺寸'] },
    definition: {
      en: 'The number of examples in each mini-batch, that is, used for one gradient update.',
      zh: '每个小批量包含的样本数，也就是一次梯度更新所用的样本数。',
    },
  },

  // ── Data and evaluation ─────────────────────────────────────────────────
  {
    id: 'training-set',
    en: 'training set',
    zh: '训练集',
    aliases: ['training data'],
    definition: {
      en: 'The data used to fit the model’s parameters.',
      zh: '用于拟合模型参数的数据。',
    },
  },
  {
    id: 'validation-set',
    en: 'validation set',
    zh: '验证集',
    aliases: ['development set', 'dev set'],
    definition: {
      en: 'Data held out from training and used to tune hyperparameters, compare models and decide when to stop training.',
      zh: '不参与训练、用于调节超参数、比较模型以及决定何时停止训练的数据。',
    },
  },
  {
    id: 'test-set',
    en: 'test set',
    zh: '测试集',
    aliases: ['test data'],
    definition: {
      en: 'Data kept apart until the end and used only to estimate how well the final model performs on unseen data; accuracy measured on training data is not test accuracy.',
      zh: '一直单独保留、只在最后用于估计最终模型在未见数据上表现的数据；在训练数据上测得的准确率并不是测试准确率。',
    },
  },
  {
    id: 'overfitting',
    en: 'overfitting',
    zh: '过拟合',
    variants: { zh: ['过度拟合'] },
    definition: {
      en: 'Fitting the training data, noise included, so closely that performance on new data suffers; visible as a growing gap between training and validation results.',
      zh: '模型把训练数据（连同其中的噪声）拟合得过于紧密，以致在新数据上表现变差；表现为训练结果与验证结果之间的差距不断扩大。',
    },
  },
  {
    id: 'generalization',
    en: 'generalization',
    zh: '泛化',
    variants: { en: ['generalisation'] },
    definition: {
      en: 'Performing well on new data drawn like the training data, because the model has learned patterns rather than the examples themselves; measured on held-out data.',
      zh: '模型学到的是规律而不是样本本身，因而在与训练数据同样来源的新数据上也表现良好；要在留出数据上测量。',
    },
  },
  {
    id: 'confusion-matrix',
    en: 'confusion matrix',
    zh: '混淆矩阵',
    definition: {
      en: 'A table of counts for a classifier: one row per true class, one column per predicted class; the diagonal holds the correct predictions.',
      zh: '分类器的计数表：每行对应一个真实类别，每列对应一个预测类别；对角线上是预测正确的样本数。',
    },
  },
  {
    id: 'accuracy',
    en: 'accuracy',
    zh: '准确率',
    definition: {
      en: 'The fraction of predictions that are correct.',
      zh: '预测正确的样本所占的比例。',
    },
  },
  {
    id: 'recall',
    en: 'recall',
    zh: '召回率',
    aliases: ['sensitivity', 'true positive rate'],
    definition: {
      en: 'Of all truly positive examples, the fraction the model labels positive: TP / (TP + FN).',
      zh: '在所有真实为正的样本中，被模型判为正的比例：TP / (TP + FN)。',
    },
  },
  {
    id: 'f1-score',
    en: 'F1 score',
    zh: 'F1 分数',
    aliases: ['F1', 'F-score', 'F-measure'],
    definition: {
      en: 'The harmonic mean of precision P and recall R: 2PR / (P + R).',
      zh: '精确率 P 与召回率 R 的调和平均：2PR / (P + R)。',
    },
  },

  // ── Foundation models ───────────────────────────────────────────────────
  {
    id: 'large-language-model',
    en: 'large language model',
    zh: '大语言模型',
    aliases: ['LLM'],
    variants: { zh: ['大型语言模型'] },
    definition: {
      en: 'A language model with a very large number of parameters, usually a Transformer trained by self-supervision on huge text corpora, that can be prompted or adapted for many language tasks (for example GPT-3).',
      zh: '参数规模极大的语言模型，通常是在海量文本上以自监督方式训练的 Transformer，可通过提示词或适配完成多种语言任务（如 GPT-3）。',
    },
  },
  {
    id: 'transformer',
    en: 'Transformer',
    zh: 'Transformer 架构',
    definition: {
      en: 'A neural network architecture built on self-attention instead of recurrence or convolution (Vaswani et al., 2017); the basis of most foundation models.',
      zh: '以自注意力机制取代循环和卷积结构的神经网络架构（Vaswani 等，2017），是大多数基础模型的基础。',
    },
  },
  {
    id: 'self-supervised-learning',
    en: 'self-supervised learning',
    zh: '自监督学习',
    aliases: ['SSL'],
    definition: {
      en: 'Learning from unlabeled data by predicting some parts of the data from other parts (for example the next word or a masked word), so the data supply their own training signal.',
      zh: '利用数据的一部分预测另一部分（如下一个词或被遮盖的词），从无标注数据中学习；训练信号来自数据本身。',
    },
  },
  {
    id: 'transfer-learning',
    en: 'transfer learning',
    zh: '迁移学习',
    definition: {
      en: 'Reusing what a model has learned on one task or dataset as the starting point for another.',
      zh: '把模型在一个任务或数据集上学到的知识作为另一个任务的起点加以复用。',
    },
  },
  {
    id: 'fine-tuning',
    en: 'fine-tuning',
    zh: '微调',
    definition: {
      en: 'Continuing to train a pretrained model on a smaller, task-specific dataset to adapt it to that task.',
      zh: '在较小的、特定任务的数据集上继续训练预训练模型，使其适应该任务。',
    },
  },
  {
    id: 'emergence',
    en: 'emergence',
    zh: '涌现',
    aliases: ['emergent abilities'],
    definition: {
      en: 'Behavior that is implicitly induced by training rather than explicitly built in; for language models, an ability is called emergent when it is absent in smaller models but present in larger ones.',
      zh: '系统的行为由训练隐式诱导产生，而非被显式设计出来；就语言模型而言，小模型不具备、大模型才出现的能力称为涌现能力。',
    },
  },
  {
    id: 'homogenization',
    en: 'homogenization',
    zh: '同质化',
    definition: {
      en: 'The consolidation of many applications onto the same few methods and models: when many systems are adapted from one foundation model, they all inherit its strengths and its defects.',
      zh: '大量应用集中到少数相同的方法和模型之上：许多系统由同一个基础模型适配而来，也就一并继承了它的长处和缺陷。',
    },
  },
  {
    id: 'multimodal',
    en: 'multimodal',
    zh: '多模态',
    definition: {
      en: 'Involving more than one kind of data (modality), such as text, images, audio and video, in one model or task.',
      zh: '在同一个模型或任务中涉及多种数据类型（模态），如文本、图像、音频和视频。',
    },
  },
  {
    id: 'reinforcement-learning',
    en: 'reinforcement learning',
    zh: '强化学习',
    aliases: ['RL'],
    definition: {
      en: 'Learning which actions to take by trial and error, from the rewards received while interacting with an environment.',
      zh: '智能体在与环境交互中通过试错、依据获得的奖励来学习如何选择行动。',
    },
  },

  // ── Applications ────────────────────────────────────────────────────────
  {
    id: 'computer-vision',
    en: 'computer vision',
    zh: '计算机视觉',
    aliases: ['CV'],
    definition: {
      en: 'The field that makes computers interpret images and video: classification, object detection, segmentation, image generation and more.',
      zh: '让计算机理解图像和视频的研究领域，包括图像分类、目标检测、图像分割、图像生成等。',
    },
  },
  {
    id: 'natural-language-processing',
    en: 'natural language processing',
    zh: '自然语言处理',
    aliases: ['NLP'],
    definition: {
      en: 'The field that makes computers process, understand and generate human language: translation, question answering, summarization, sentiment analysis and more.',
      zh: '让计算机处理、理解和生成人类语言的研究领域，包括机器翻译、问答、摘要、情感分析等。',
    },
  },
  {
    id: 'speech-recognition',
    en: 'speech recognition',
    zh: '语音识别',
    aliases: ['automatic speech recognition', 'ASR'],
    definition: {
      en: 'Converting spoken audio into text.',
      zh: '把语音转写为文字。',
    },
  },
  {
    id: 'recommender-system',
    en: 'recommender system',
    zh: '推荐系统',
    aliases: ['recommendation system', 'RS'],
    definition: {
      en: 'A system that predicts which items (products, content, advertisements) a user is likely to want, from past behavior and from features of users and items.',
      zh: '根据用户的历史行为以及用户和物品的特征，预测用户可能需要的物品（商品、内容、广告）的系统。',
    },
  },

  // ── Deployment and society ──────────────────────────────────────────────
  {
    id: 'explainability',
    en: 'explainability',
    zh: '可解释性',
    aliases: ['interpretability', 'XAI'],
    definition: {
      en: 'The degree to which people can understand why a model produced a given output.',
      zh: '人们能够在多大程度上理解模型为何给出某个输出。',
    },
  },
  {
    id: 'data-privacy',
    en: 'data privacy',
    zh: '数据隐私',
    definition: {
      en: 'Protecting personal information in data from unauthorized collection, use or disclosure, including disclosure by a trained model.',
      zh: '保护数据中的个人信息不被未经授权地收集、使用或泄露，包括经由训练好的模型泄露。',
    },
  },
  {
    id: 'deployment',
    en: 'deployment',
    zh: '部署',
    aliases: ['model deployment'],
    definition: {
      en: 'Putting a trained model into a production environment where it serves real requests, together with its monitoring and maintenance.',
      zh: '把训练好的模型投入生产环境、处理真实请求，并对其进行监控和维护。',
    },
  },
  {
    id: 'memorization',
    en: 'memorization',
    zh: '记忆',
    aliases: ['training-data memorization'],
    variants: { en: ['memorisation', 'memorise'], zh: ['记忆化'] },
    definition: {
      en: 'A model storing specific training examples rather than general patterns, so that it can reproduce them; it inflates scores measured on training data and can leak private or copyrighted content.',
      zh: '模型记住了具体的训练样本而非一般规律，因而能把它们复现出来；这会抬高在训练数据上测得的分数，还可能泄露隐私或受版权保护的内容。',
    },
  },

  // --- added: socio-technical sections ---
  {
    id: 'instruction-tuning',
    en: 'instruction tuning',
    zh: '指令微调',
    definition: {
      en: 'Fine-tuning a pretrained language model on many tasks written as instructions with their answers, so that it follows instructions it has not seen before.',
      zh: '在大量以指令及其答案形式写成的任务上微调预训练语言模型，使它能够遵循以前没见过的指令。',
    },
  },
  {
    id: 'rlhf',
    en: 'reinforcement learning from human feedback',
    zh: '基于人类反馈的强化学习',
    aliases: ['RLHF'],
    definition: {
      en: 'Adapting a model with reinforcement learning against a reward model that was trained on people’s comparisons of the model’s outputs.',
      zh: '用强化学习来适配模型，其奖励来自一个奖励模型，而奖励模型是根据人们对模型输出所做的比较训练出来的。',
    },
  },
  {
    id: 'reward-model',
    en: 'reward model',
    zh: '奖励模型',
    definition: {
      en: 'A model trained to predict which of several outputs people would prefer; it supplies the reward in RLHF.',
      zh: '经过训练、用来预测人们会更喜欢几个输出中哪一个的模型；它在 RLHF 中提供奖励。',
    },
  },
  {
    id: 'data-annotation',
    en: 'data annotation',
    zh: '数据标注',
    aliases: ['data labeling'],
    definition: {
      en: 'The human work of adding labels, rankings or written examples to data so that a model can be trained or evaluated on it.',
      zh: '为数据添加标签、排序或书面示例的人工工作，使模型能够据此进行训练或评估。',
    },
  },
  {
    id: 'datasheet',
    en: 'datasheet for a dataset',
    zh: '数据集说明书',
    aliases: ['datasheet'],
    definition: {
      en: 'A document that accompanies a dataset and records why it was created, what it contains, how it was collected and labeled, and what it should be used for.',
      zh: '随数据集一起提供的文档，记录数据集为何创建、包含什么、如何收集和标注，以及应当用于什么用途。',
    },
  },
  {
    id: 'model-card',
    en: 'model card',
    zh: '模型卡',
    definition: {
      en: 'A short document that accompanies a trained model and reports its intended use, how it was evaluated and how well it performs for different groups and conditions.',
      zh: '随训练好的模型一起提供的简短文档，报告其预期用途、评估方式，以及在不同人群和条件下的表现。',
    },
  },
  {
    id: 'co2e',
    en: 'carbon dioxide equivalent',
    zh: '二氧化碳当量',
    aliases: ['CO2e', 'CO₂e'],
    definition: {
      en: 'A common unit for greenhouse-gas emissions: the amount of CO₂ that would warm the climate as much as the gases actually emitted.',
      zh: '温室气体排放的通用计量单位：与实际排放的气体造成同等升温效果的二氧化碳量。',
    },
  },
  {
    id: 'general-purpose-ai-model',
    en: 'general-purpose AI model',
    zh: '通用目的人工智能模型',
    aliases: ['GPAI model'],
    definition: {
      en: 'The EU AI Act’s legal term for a model, often trained on large data with self-supervision, that displays significant generality and can perform a wide range of distinct tasks; close to what this book calls a foundation model.',
      zh: '欧盟《人工智能法》中的法律术语，指通常以自监督方式在大量数据上训练、具有显著通用性、能完成多种不同任务的模型；与本书所说的基础模型相近。',
    },
  },
  {
    id: 'open-weights',
    en: 'open weights',
    zh: '开放权重',
    aliases: ['open-weight model', 'downloadable model'],
    definition: {
      en: 'Publishing a trained model’s weights for anyone to download and run; the license may still restrict use, and the training data and code may stay private.',
      zh: '公开发布训练好的模型权重，任何人都可以下载和运行；但许可证仍可能限制其用途，训练数据和代码也可能不公开。',
    },
  },
  {
    id: 'benchmark',
    en: 'benchmark',
    zh: '基准测试',
    definition: {
      en: 'A fixed dataset and scoring rule used to compare models on a task.',
      zh: '用于在某项任务上比较模型的固定数据集及评分规则。',
    },
  },
  {
    id: 'benchmark-contamination',
    en: 'benchmark contamination',
    zh: '基准测试污染',
    aliases: ['data contamination', 'test-set contamination'],
    definition: {
      en: 'The presence of a benchmark’s test examples (or their answers) in a model’s training data, which inflates the model’s score on that benchmark.',
      zh: '基准测试的测试样本（或其答案）出现在模型的训练数据中，从而抬高模型在该基准上的分数。',
    },
  },
  {
    id: 'hallucination',
    en: 'hallucination',
    zh: '幻觉',
    definition: {
      en: 'Output of a generative model that is fluent but not supported by facts or by its input, such as an invented citation.',
      zh: '生成式模型产生的流畅却没有事实或输入依据的内容，例如编造的引文。',
    },
  },

  // --- added: worked examples ---
  {
    id: 'token',
    en: 'token',
    zh: '词元',
    aliases: ['tokenization'],
    definition: {
      en: 'A unit of text that a language model reads and predicts: a word, a piece of a word or a character, chosen by the model’s tokenizer and represented inside the model by a vector.',
      zh: '语言模型读取和预测的文本单位：一个词、词的一部分或一个字符，由模型的分词器确定，在模型内部用一个向量表示。',
    },
  },
  {
    id: 'language-model',
    en: 'language model',
    zh: '语言模型',
    definition: {
      en: 'A model that assigns probabilities to sequences of tokens, usually by giving, for each position, a probability distribution over the next token given the ones before it.',
      zh: '为词元序列分配概率的模型，通常的做法是在每个位置上，根据前面的词元给出下一个词元的概率分布。',
    },
  },
  {
    id: 'self-attention',
    en: 'self-attention',
    zh: '自注意力',
    aliases: ['scaled dot-product attention', 'attention'],
    definition: {
      en: 'The operation at the heart of the Transformer: each position of a sequence compares its query with the keys of the positions it may see, turns the scaled scores into weights with a softmax, and outputs the weighted average of their values.',
      zh: 'Transformer 的核心运算：序列中的每个位置用自己的查询与它能看到的各位置的键比较，经缩放的分数通过 softmax 变成权重，输出为各位置值向量的加权平均。',
    },
  },
  {
    id: 'causal-mask',
    en: 'causal mask',
    zh: '因果掩码',
    aliases: ['look-ahead mask'],
    definition: {
      en: 'A mask in self-attention that lets each position attend only to itself and earlier positions, by setting the scores of later positions to −∞ before the softmax; it keeps a language model from seeing the tokens it must predict.',
      zh: '自注意力中的一种掩码：在 softmax 之前把后面位置的分数设为 −∞，使每个位置只能关注自身和之前的位置，从而让语言模型看不到它要预测的词元。',
    },
  },
  {
    id: 'next-token-prediction',
    en: 'next-token prediction',
    zh: '下一个词元预测',
    aliases: ['autoregressive language modeling', 'causal language modeling'],
    definition: {
      en: 'The training objective of GPT-style language models: predict each token from the ones before it, minimizing the cross-entropy (the mean negative log-probability) of the correct tokens.',
      zh: 'GPT 类语言模型的训练目标：根据前面的词元预测每个词元，使正确词元的交叉熵（负对数概率的平均值）最小。',
    },
  },
  {
    id: 'perplexity',
    en: 'perplexity',
    zh: '困惑度',
    aliases: ['PPL'],
    definition: {
      en: 'The exponential of a language model’s mean next-token cross-entropy on a text: the inverse of the geometric mean probability it gave to the correct tokens. Lower is better; 1 is perfect.',
      zh: '语言模型在一段文本上的平均下一个词元交叉熵的指数，即模型给正确词元的概率的几何平均值的倒数。越低越好，1 为完美。',
    },
  },

  // --- added: third edition (Transformer) ---
  {
    id: 'multi-head-attention',
    en: 'multi-head attention',
    zh: '多头注意力',
    aliases: ['attention head'],
    definition: {
      en: 'Several attention operations (heads) run side by side, each in its own learned subspace of width d/h; their outputs are concatenated and mixed by an output projection W^O.',
      zh: '并行运行的多个注意力运算（头），每个头在自己学到的、宽度为 d/h 的子空间中计算；各头的输出拼接后，再由输出投影 W^O 混合。',
    },
  },
  {
    id: 'positional-encoding',
    en: 'positional encoding',
    zh: '位置编码',
    aliases: ['position embedding', 'RoPE'],
    definition: {
      en: 'A vector that tells a Transformer where a token stands in the sequence, since self-attention alone ignores order: fixed sines and cosines, a learned vector per position, or a rotation of the queries and keys (RoPE).',
      zh: '告诉 Transformer 词元在序列中所处位置的向量（自注意力本身不考虑顺序）：可以是固定的正弦和余弦、为每个位置学到的向量，或对查询和键的旋转（RoPE）。',
    },
  },
  {
    id: 'residual-connection',
    en: 'residual connection',
    zh: '残差连接',
    aliases: ['skip connection'],
    definition: {
      en: 'A connection that adds a layer’s input to its output, x + f(x), so the layer learns only a change to its input and gradients pass directly through deep stacks.',
      zh: '把一层的输入加到其输出上的连接，即 x + f(x)：该层只需学习对输入的修改，梯度也能直接穿过很深的堆叠。',
    },
  },
  {
    id: 'layer-normalization',
    en: 'layer normalization',
    zh: '层归一化',
    aliases: ['LayerNorm', 'pre-LN', 'post-LN'],
    variants: { en: ['layer normalisation'], zh: ['层标准化', '层规范化'] },
    definition: {
      en: 'Rescaling each position’s vector to mean 0 and variance 1 over its coordinates, followed by a learned scale and shift; Transformers apply it before (pre-LN) or after (post-LN) each sublayer.',
      zh: '把每个位置的向量在其各坐标上调整为均值 0、方差 1，再施加学到的缩放和平移；Transformer 在每个子层之前（前置归一化）或之后（后置归一化）使用它。',
    },
  },
  {
    id: 'feed-forward-network',
    en: 'feed-forward network',
    zh: '前馈网络',
    aliases: ['FFN', 'MLP', 'position-wise feed-forward network'],
    definition: {
      en: 'In a Transformer block, two linear maps with a nonlinearity between them, applied to each position separately with the same weights; its inner width is typically four times the model width.',
      zh: 'Transformer 模块中的两个线性映射及其间的非线性函数，以同一组权重分别作用于每个位置；中间层的宽度通常是模型宽度的四倍。',
    },
  },
  {
    id: 'encoder',
    en: 'encoder',
    zh: '编码器',
    aliases: ['encoder-only'],
    definition: {
      en: 'A stack of Transformer blocks with unmasked self-attention that turns an input sequence into one vector per token, each informed by the whole input (as in BERT).',
      zh: '由自注意力不带掩码的 Transformer 模块堆叠而成，把输入序列变成每个词元一个向量，每个向量都综合了整个输入的信息（如 BERT）。',
    },
  },
  {
    id: 'decoder',
    en: 'decoder',
    zh: '解码器',
    aliases: ['decoder-only'],
    definition: {
      en: 'A stack of Transformer blocks with causally masked self-attention that generates a sequence one token at a time; in an encoder–decoder model it also attends to the encoder’s output. GPT-style models are decoder-only.',
      zh: '由自注意力带因果掩码的 Transformer 模块堆叠而成，逐个词元地生成序列；在编码器-解码器模型中，它还会关注编码器的输出。GPT 类模型只有解码器。',
    },
  },
  {
    id: 'greedy-decoding',
    en: 'greedy decoding',
    zh: '贪心解码',
    variants: { zh: ['贪婪解码'] },
    definition: {
      en: 'Generating text by always choosing the most probable next token; deterministic, but prone to bland and repetitive text.',
      zh: '每一步都选概率最大的下一个词元来生成文本；结果是确定的，但容易产生平淡、重复的文本。',
    },
  },
  {
    id: 'temperature',
    en: 'temperature',
    zh: '温度',
    aliases: ['sampling temperature'],
    definition: {
      en: 'A number T > 0 by which the logits are divided before the softmax when sampling: below 1 it sharpens the distribution toward the likeliest tokens, above 1 it flattens it.',
      zh: '采样时在 softmax 之前用来除 logit 的数 T > 0：小于 1 时分布向最可能的词元集中，大于 1 时分布变平。',
    },
  },
  {
    id: 'top-k-sampling',
    en: 'top-k sampling',
    zh: 'top-k 采样',
    definition: {
      en: 'Sampling the next token from the k most probable tokens only, after rescaling their probabilities to sum to 1.',
      zh: '只从概率最大的 k 个词元中采样下一个词元，采样前把它们的概率重新缩放，使其和为 1。',
    },
  },
  {
    id: 'nucleus-sampling',
    en: 'nucleus sampling',
    zh: '核采样',
    aliases: ['top-p sampling'],
    definition: {
      en: 'Sampling the next token from the smallest set of most probable tokens whose probabilities add up to at least p (Holtzman et al., 2020); the set shrinks when the model is confident and grows when it is not.',
      zh: '从概率之和至少达到 p 的最小高概率词元集合中采样下一个词元（Holtzman 等，2020）；模型有把握时集合变小，没把握时变大。',
    },
  },
  {
    id: 'kv-cache',
    en: 'KV cache',
    zh: '键值缓存',
    aliases: ['key-value cache'],
    definition: {
      en: 'The keys and values of earlier positions, stored during generation so that each new token only computes its own and attends over the cache; it grows with the sequence length, the number of layers and the width.',
      zh: '生成过程中保存的此前各位置的键和值：每个新词元只需计算自己的键和值，再对缓存做注意力；缓存随序列长度、层数和宽度增长。',
    },
  },

  // --- added: third edition (adaptation of foundation models) ---
  {
    id: 'in-context-learning',
    en: 'in-context learning',
    zh: '上下文学习',
    aliases: ['ICL', 'prompting'],
    variants: { zh: ['语境学习', '情境学习'] },
    definition: {
      en: 'Performing a task from instructions and examples written in the prompt, without any change to the model’s weights; nothing is kept from one prompt to the next.',
      zh: '仅凭写在提示词中的指令和示例完成任务，模型权重不做任何改变；一次提示中的内容不会保留到下一次。',
    },
  },
  {
    id: 'few-shot',
    en: 'few-shot',
    zh: '少样本',
    aliases: ['few-shot prompting', 'zero-shot'],
    definition: {
      en: 'Describes using a model on a task after showing it only a few solved examples, usually in the prompt; zero-shot means with an instruction and no examples.',
      zh: '指只给模型看少量已解答的示例（通常写在提示词中）就让它完成任务；零样本则是只给指令、不给示例。',
    },
  },
  {
    id: 'chain-of-thought',
    en: 'chain of thought',
    zh: '思维链',
    aliases: ['chain-of-thought prompting', 'CoT'],
    variants: { zh: ['思想链', '思路链'] },
    definition: {
      en: 'Intermediate reasoning steps written out before an answer; in chain-of-thought prompting the examples in the prompt show such steps, and the model writes its own before answering.',
      zh: '在给出答案之前写出的中间推理步骤；思维链提示中，提示词里的示例展示了这样的步骤，模型也会先写出自己的步骤再作答。',
    },
  },
  {
    id: 'retrieval-augmented-generation',
    en: 'retrieval-augmented generation',
    zh: '检索增强生成',
    aliases: ['RAG'],
    definition: {
      en: 'Generating an answer from the input together with passages that a retriever has found in a document collection, so that knowledge can be updated by changing the documents and answers can point to their sources.',
      zh: '根据输入以及检索器从文档集合中找到的段落来生成答案；更换文档即可更新知识，答案也能指向其来源。',
    },
  },
  {
    id: 'dpo',
    en: 'direct preference optimization',
    zh: '直接偏好优化',
    aliases: ['DPO'],
    definition: {
      en: 'Fine-tuning a language model directly on pairs of preferred and rejected answers with a classification-style loss, instead of training a reward model and running reinforcement learning against it.',
      zh: '用类似分类的损失函数，直接在“偏好答案—被否决答案”对上微调语言模型，而不是先训练奖励模型、再针对它做强化学习。',
    },
  },
  {
    id: 'peft',
    en: 'parameter-efficient fine-tuning',
    zh: '参数高效微调',
    aliases: ['PEFT', 'adapter'],
    definition: {
      en: 'Fine-tuning that trains only a small number of new or selected parameters (for example adapters or LoRA matrices) while the pretrained weights stay frozen.',
      zh: '只训练少量新增或选定参数（例如适配器或 LoRA 矩阵）、预训练权重保持冻结的微调方法。',
    },
  },
  {
    id: 'lora',
    en: 'low-rank adaptation',
    zh: '低秩适配',
    aliases: ['LoRA', 'QLoRA'],
    variants: { zh: ['低秩适应', '低秩自适应'] },
    definition: {
      en: 'A parameter-efficient fine-tuning method: a frozen weight matrix W₀ is adapted as W₀ + BA, where only the two thin matrices B and A, of rank r much smaller than the matrix’s dimensions, are trained.',
      zh: '一种参数高效微调方法：冻结的权重矩阵 W₀ 被适配为 W₀ + BA，只训练两个窄矩阵 B 和 A，其秩 r 远小于矩阵的维度。',
    },
  },
  {
    id: 'labeler',
    en: 'labeler',
    zh: '标注员',
    aliases: ['annotator'],
    variants: { en: ['labeller'] },
    definition: {
      en: 'A person who labels data or writes example answers (demonstrations) for training or evaluating a model.',
      zh: '为训练或评估模型而标注数据、编写示范答案的人员。',
    },
  },
  {
    id: 'rater',
    en: 'rater',
    zh: '评分员',
    variants: { zh: ['评审人员', '人工评审'] },
    definition: {
      en: 'A person who compares, ranks or scores a model’s outputs; in RLHF, raters’ rankings train the reward model.',
      zh: '对模型输出进行比较、排序或打分的人员；在 RLHF 中，评分员的排序用来训练奖励模型。',
    },
  },

  // --- added: third edition (outlook and FAQ) ---
  {
    id: 'reasoning-model',
    en: 'reasoning model',
    zh: '推理模型',
    aliases: ['thinking model'],
    definition: {
      en: 'A language model trained, usually with reinforcement learning on answers that can be checked, to write out intermediate steps (trying, checking and revising) before it gives its final answer.',
      zh: '一种语言模型，通常以可核对答案的强化学习训练而成，在给出最终答案之前先写出中间步骤（尝试、检查、修正）。这里的“推理”指 reasoning，不同于部署中指模型运行的“推理”（inference）。',
    },
  },
  {
    id: 'inference-time-compute',
    en: 'inference-time compute',
    zh: '推理时计算',
    aliases: ['test-time compute'],
    definition: {
      en: 'The computation a model spends when it answers, as opposed to when it is trained: for example, generating a long chain of reasoning, or sampling many answers and letting a verifier choose one.',
      zh: '模型在回答时（而不是训练时）消耗的计算，例如生成一长串推理步骤，或者采样多个答案再由验证器从中挑选。',
    },
  },

  // --- added: third edition (society: misuse, bias, human evaluation, concentration) ---
  {
    id: 'deepfake',
    en: 'deepfake',
    zh: '深度伪造',
    aliases: ['deep fake', 'synthetic media'],
    variants: { zh: ['深度造假'] },
    definition: {
      en: 'Synthetic audio, images or video, made with machine learning, that show a real person saying or doing something they never said or did.',
      zh: '用机器学习生成的合成音频、图像或视频，展示真实人物说了他们从未说过的话、做了他们从未做过的事。',
    },
  },
  {
    id: 'jailbreak',
    en: 'jailbreak',
    zh: '越狱',
    aliases: ['jailbreaking'],
    definition: {
      en: 'An input crafted to make a model produce what its safety training is meant to make it refuse, for example through role play or an encoded request.',
      zh: '为让模型输出其安全训练本应拒绝的内容而精心构造的输入，例如借助角色扮演或经过编码的请求。',
    },
  },
  {
    id: 'prompt-injection',
    en: 'prompt injection',
    zh: '提示词注入',
    aliases: ['indirect prompt injection'],
    variants: { zh: ['提示注入'] },
    definition: {
      en: 'An attack on an application built on a language model: instructions placed in the text the model reads (typed by a user, or hidden in a retrieved web page or document) override the instructions of the application.',
      zh: '针对基于语言模型的应用的攻击：放在模型所读文本中的指令（由用户输入，或藏在被检索的网页、文档里）压过了应用本身的指令。',
    },
  },
  {
    id: 'data-poisoning',
    en: 'data poisoning',
    zh: '数据投毒',
    definition: {
      en: 'Planting manipulated examples in a model’s training data so that the trained model behaves as the attacker wants.',
      zh: '在模型的训练数据中混入被操纵的样本，使训练出的模型按攻击者的意图行事。',
    },
  },
  {
    id: 'red-teaming',
    en: 'red teaming',
    zh: '红队测试',
    aliases: ['red team'],
    definition: {
      en: 'Deliberately attacking a system, by people or by other models, to find the ways it can fail or cause harm before others do.',
      zh: '由人或其他模型有意攻击一个系统，赶在别人之前找出它可能失效或造成危害的方式。',
    },
  },
  {
    id: 'construct-validity',
    en: 'construct validity',
    zh: '构念效度',
    definition: {
      en: 'Whether a test measures the concept it is named after (for example “bias” or “reasoning”) rather than something narrower or different.',
      zh: '一项测试测量的是否真是它所声称的概念（例如“偏见”或“推理”），而不是更窄或别的东西。',
    },
  },
  {
    id: 'llm-as-a-judge',
    en: 'LLM-as-a-judge',
    zh: '大语言模型评判',
    aliases: ['LLM judge', 'model-graded evaluation'],
    definition: {
      en: 'Using a strong language model to grade or compare the outputs of other models, as a cheaper stand-in for human judges; it brings biases of its own.',
      zh: '用一个强大的语言模型给其他模型的输出打分或作比较，作为人类评判者的廉价替代；它自身也带有偏差。',
    },
  },
  {
    id: 'over-reliance',
    en: 'over-reliance',
    zh: '过度依赖',
    aliases: ['overreliance'],
    definition: {
      en: 'Accepting a system’s output even when it is wrong, instead of checking it against one’s own judgment.',
      zh: '即使系统的输出是错的也照单全收，而不是用自己的判断加以核对。',
    },
  },

  // --- added: third edition (environment, governance, copyright) ---
  {
    id: 'code-of-practice',
    en: 'code of practice',
    zh: '行为准则',
    aliases: ['General-Purpose AI Code of Practice', 'GPAI Code of Practice'],
    definition: {
      en: 'A voluntary document that sets out how those who sign it will meet legal obligations; under the EU AI Act, the General-Purpose AI Code of Practice (2025) gives model providers a recognized way to show compliance.',
      zh: '一种自愿性文件，说明签署者将如何履行法定义务；在欧盟《人工智能法》下，《通用目的人工智能行为准则》（2025 年）为模型提供者提供了一种公认的合规证明方式。',
    },
  },
  {
    id: 'ai-content-labeling',
    en: 'AI-generated content labeling',
    zh: '生成合成内容标识',
    aliases: ['labeling of AI-generated content'],
    definition: {
      en: 'Marking content produced by AI so that people and machines can tell it is generated: explicit labels that users can perceive and implicit labels, such as metadata or watermarks, that software can read.',
      zh: '为人工智能生成的内容加上标记，使人和机器都能识别其为生成内容：包括用户可以感知的显式标识，以及元数据、水印等可由软件读取的隐式标识。',
    },
  },
  {
    id: 'fair-use',
    en: 'fair use',
    zh: '合理使用',
    definition: {
      en: 'A defense in US copyright law that allows some uses of a work without permission, judged case by case on four factors: the purpose of the use (for example, how transformative it is), the nature of the work, the amount used and the effect on the market for the work. Chinese law also speaks of 合理使用, but as a closed list of permitted uses.',
      zh: '美国版权法中的一种抗辩，允许在未经许可的情况下以某些方式使用作品，由法院按四个因素逐案判断：使用的目的（例如转换性有多强）、作品的性质、使用的数量以及对作品市场的影响。中国著作权法也有“合理使用”，但采用封闭式列举。',
    },
  },
  {
    id: 'text-and-data-mining',
    en: 'text and data mining',
    zh: '文本与数据挖掘',
    aliases: ['TDM'],
    definition: {
      en: 'The automated analysis of texts and data to extract patterns, trends and correlations; EU copyright law allows the copies it needs, for research organizations in any case and for others unless the rights holder has reserved its rights (for online content, in a machine-readable way).',
      zh: '对文本和数据进行自动分析，以提取模式、趋势和相关性；欧盟版权法允许为此进行必要的复制：研究机构不受限制，其他使用者则以权利人未保留权利为前提（对网上公开的内容，须以机器可读的方式保留）。',
    },
  },

  // --- added: third edition (applications, practice and references) ---
  {
    id: 'precision',
    en: 'precision',
    zh: '精确率',
    variants: { zh: ['查准率', '精准率'] },
    definition: {
      en: 'Of all examples the model labels positive, the fraction that are truly positive: TP / (TP + FP).',
      zh: '在所有被模型判为正的样本中，真实为正的比例：TP / (TP + FP)。',
    },
  },
  {
    id: 'tokenizer',
    en: 'tokenizer',
    zh: '分词器',
    variants: { en: ['tokeniser'], zh: ['分词工具'] },
    definition: {
      en: 'The component that splits text into tokens and maps each token to an integer id from a fixed vocabulary, usually learned from data (for example by byte-pair encoding); token counts, and scores per token such as perplexity, depend on it.',
      zh: '把文本切分成词元、并把每个词元映射为固定词表中一个整数编号的组件，词表通常从数据中学得（例如用字节对编码）；词元数以及困惑度等按词元计算的指标都取决于它。',
    },
  },
  {
    id: 'prompt',
    en: 'prompt',
    zh: '提示词',
    aliases: ['prompting'],
    definition: {
      en: 'The text given to a language model as its input, such as an instruction, a question or a few examples, which the model continues.',
      zh: '作为输入交给语言模型的文本，如一条指令、一个问题或几个示例，模型在其后接着生成。',
    },
  },
  {
    id: 'scaling-law',
    en: 'scaling law',
    zh: '缩放定律',
    variants: { zh: ['规模定律', '扩展定律', '尺度定律'] },
    definition: {
      en: 'An empirical regularity by which a model’s loss falls predictably, roughly as a power law, as its size, its training data and the compute spent on it grow.',
      zh: '一种经验规律：随着模型规模、训练数据量和计算量的增长，模型的损失可预测地下降，大致呈幂律关系。',
    },
  },
  {
    id: 'hyperparameter',
    en: 'hyperparameter',
    zh: '超参数',
    definition: {
      en: 'A setting fixed before training instead of being learned from the data, such as the learning rate, the batch size, the number of epochs or the number of layers; it is chosen on the validation set.',
      zh: '在训练之前设定、而不是从数据中学到的量，如学习率、批量大小、训练轮次数或网络层数；应在验证集上选定。',
    },
  },
  {
    id: 'quantization',
    en: 'quantization',
    zh: '量化',
    variants: { en: ['quantisation'] },
    definition: {
      en: 'Storing a model’s weights, and often its activations, with fewer bits, for example as 8-bit integers instead of 32-bit floating-point numbers, so that it is smaller and faster at a small cost in accuracy.',
      zh: '用更少的比特存储模型的权重（常常也包括激活值），例如用 8 位整数代替 32 位浮点数，以较小的精度损失换取更小的模型和更快的速度。',
    },
  },
  {
    id: 'distillation',
    en: 'distillation',
    zh: '蒸馏',
    aliases: ['knowledge distillation'],
    definition: {
      en: 'Training a smaller “student” model to reproduce the outputs of a larger “teacher” model, so that much of the teacher’s accuracy fits into a model that is cheaper to run.',
      zh: '训练一个较小的“学生”模型去复现较大的“教师”模型的输出，使教师模型的大部分准确率保留在一个运行成本更低的模型中。',
    },
  },
  {
    id: 'differential-privacy',
    en: 'differential privacy',
    zh: '差分隐私',
    aliases: ['DP'],
    definition: {
      en: 'A mathematical guarantee that the result of a computation, such as a trained model, changes very little whether or not any one person’s data are included; in training it is obtained by limiting each example’s influence and adding noise.',
      zh: '一种数学上的保证：无论是否纳入某一个人的数据，计算结果（如训练出的模型）都几乎不变；在训练中，通过限制每个样本的影响并加入噪声来实现。',
    },
  },
  {
    id: 'federated-learning',
    en: 'federated learning',
    zh: '联邦学习',
    definition: {
      en: 'Training a shared model across many devices or organizations that keep their data locally and send only model updates, which a server combines.',
      zh: '在许多设备或机构之间训练一个共享模型：数据留在本地，只把模型更新发送出去，由服务器汇总。',
    },
  },
  {
    id: 'systemic-risk',
    en: 'systemic risk',
    zh: '系统性风险',
    variants: { zh: ['系统风险'] },
    definition: {
      en: 'In the EU AI Act, a risk specific to the high-impact capabilities of the most capable general-purpose AI models, with significant effects on the EU market or on public health, safety, fundamental rights or society as a whole; a model trained with more than 10²⁵ floating-point operations is presumed to pose it.',
      zh: '欧盟《人工智能法》中的概念：能力最强的通用目的人工智能模型因其高影响力能力而特有的风险，会对欧盟市场或公共健康、安全、基本权利乃至整个社会产生重大影响；训练计算量超过 10²⁵ 次浮点运算的模型被推定具有这种风险。',
    },
  },
];
