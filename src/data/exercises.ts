/**
 * Every exercise of the book, in both languages (one list). Rendered at the end
 * of chapters 1–9 by <Exercises chapter="<slug>" />, listed on /<lang>/exercises/
 * and /<lang>/progress/, short links /go/ex-4-2/, embeds /<lang>/embed/exercise/ex-4-2/.
 *
 * - `id` is `ex-<chapter number>-<n>`, a published id: never rename or reuse one.
 *   Chapter numbers are those of the second edition's outline (8 = society, 9 = outlook).
 * - `sections`: what the exercise practices, as `<chapter slug>#<heading id>`.
 * - Numeric exercises (`kind` one of NUMERIC_KINDS) draw their numbers from the
 *   seed (src/lib/exercises); `{name}` in the prompt is replaced by the parameter
 *   `name` (e.g. `{yhat}`), `settings` choose the variant (form, sizes).
 * - `choice`: options with an explanation for every option, exactly one correct.
 * - `short`: a model answer.
 */
import type { Lang } from '../lib/book/book';
import type { KindOptions, NumericKind } from '../lib/exercises/types';

type Text = Record<Lang, string>;

interface Base {
  id: string;
  chapter: string;
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: 1 | 2 | 3;
  sections: string[];
  prompt: Text;
}

export interface NumericExercise extends Base {
  kind: NumericKind;
  settings?: KindOptions;
  /** Relative tolerance, when not the kind's default (1e-3; dense-params: exact). */
  tolerance?: number;
}

export interface ChoiceExercise extends Base {
  kind: 'choice';
  choices: { text: Text; correct?: true; explanation: Text }[];
}

export interface ShortExercise extends Base {
  kind: 'short';
  answer: Text;
}

export type Exercise = NumericExercise | ChoiceExercise | ShortExercise;

/** Chapter numbers the exercise ids use (the second edition's outline: src/lib/book/book.ts after the `society` chapter is added). */
export const EXERCISE_CHAPTERS = ['background', 'core-concepts', 'algorithms', 'math', 'practice', 'applications', 'resources', 'society', 'outlook'] as const;

export const EXERCISES: readonly Exercise[] = [
  // ── 1 Background ──────────────────────────────────────────────────────────
  {
    id: 'ex-1-1',
    chapter: 'background',
    kind: 'choice',
    difficulty: 1,
    sections: ['background#what-is-a-foundation-model'],
    prompt: {
      en: 'Which description matches the definition of a foundation model by Bommasani et al.?',
      zh: '哪一项符合 Bommasani 等人对基础模型的定义？',
    },
    choices: [
      {
        text: { en: 'A model trained on broad data, generally with self-supervision at scale, that can be adapted to a wide range of downstream tasks.', zh: '在广泛的数据上训练（通常是大规模的自监督学习）、可以适配到多种下游任务的模型。' },
        correct: true,
        explanation: { en: 'Correct: broad data, self-supervision at scale and adaptation to many tasks are the three parts of the definition.', zh: '正确：广泛的数据、大规模的自监督和适配多种任务，正是定义的三个部分。' },
      },
      {
        text: { en: 'A model trained from scratch for one task on a hand-labeled dataset.', zh: '针对单一任务、在人工标注的数据集上从头训练的模型。' },
        explanation: { en: 'That is the task-specific model that foundation models move away from.', zh: '这是基础模型所要取代的专用模型。' },
      },
      {
        text: { en: 'Any model with more than a billion parameters.', zh: '任何参数超过十亿的模型。' },
        explanation: { en: 'The definition names no size: it is about the training data and adaptation, not a parameter count.', zh: '定义中没有规模门槛：它说的是训练数据和适配，而不是参数个数。' },
      },
      {
        text: { en: 'A finished application that end users can use as it is.', zh: '最终用户可以直接使用的完整应用。' },
        explanation: { en: 'The word “foundation” stresses that the model is central yet incomplete: it is a starting point that is adapted.', zh: '“基础”一词强调模型处于核心地位但并不完整：它是需要适配的起点。' },
      },
    ],
  },
  {
    id: 'ex-1-2',
    chapter: 'background',
    kind: 'choice',
    difficulty: 1,
    sections: ['background#from-task-specific-to-general-purpose'],
    prompt: { en: 'What does homogenization mean for foundation models?', zh: '对基础模型而言，同质化指的是什么？' },
    choices: [
      {
        text: { en: 'The same few models and methods underlie many applications, so both improvements and defects spread to all of them.', zh: '少数几个相同的模型和方法支撑着许多应用，因此改进和缺陷都会扩散到所有这些应用中。' },
        correct: true,
        explanation: { en: 'Correct: an improvement benefits everything built on the model, and so does a defect such as a learned bias.', zh: '正确：改进惠及建立在模型之上的一切，学到的偏见等缺陷也同样会扩散。' },
      },
      {
        text: { en: 'Capabilities appear that nobody designed.', zh: '出现了没有人设计过的能力。' },
        explanation: { en: 'That is emergence, the other consequence the chapter names.', zh: '这是涌现，本章提到的另一个后果。' },
      },
      {
        text: { en: 'Cleaning makes the training data uniform.', zh: '数据清洗使训练数据变得整齐划一。' },
        explanation: { en: 'Homogenization is about models and methods being shared across applications, not about the data’s format.', zh: '同质化说的是模型和方法在各应用之间共享，而不是数据的格式。' },
      },
      {
        text: { en: 'Every model becomes equally accurate on every task.', zh: '每个模型在每个任务上都同样准确。' },
        explanation: { en: 'Nothing in the term says that: it describes shared foundations, which can carry shared flaws.', zh: '这个术语并没有这个意思：它描述的是共享的基础，而共享的基础也会带来共同的缺陷。' },
      },
    ],
  },
  {
    id: 'ex-1-3',
    chapter: 'background',
    kind: 'choice',
    difficulty: 1,
    sections: ['background#what-is-a-foundation-model'],
    prompt: { en: 'In self-supervised learning, where does the training signal come from?', zh: '在自监督学习中，训练信号来自哪里？' },
    choices: [
      {
        text: { en: 'From the data itself: the model predicts one part of its input from the rest, for example the next word.', zh: '来自数据本身：模型根据输入的其余部分预测其中一部分，例如下一个词。' },
        correct: true,
        explanation: { en: 'Correct: the data supplies its own targets, so no hand-made labels are needed.', zh: '正确：数据自己提供了目标，因此不需要人工标注。' },
      },
      {
        text: { en: 'From labels written by human annotators for every example.', zh: '来自人工标注员为每个样本写的标签。' },
        explanation: { en: 'That is supervised learning; most pretraining data carries no hand-made labels.', zh: '这是监督学习；大部分预训练数据没有人工标签。' },
      },
      {
        text: { en: 'From rewards the model receives for its actions.', zh: '来自模型因其行为获得的奖励。' },
        explanation: { en: 'That is reinforcement learning (chapter 9).', zh: '这是强化学习（第 9 章）。' },
      },
      {
        text: { en: 'There is no training signal: the model only stores the data.', zh: '没有训练信号：模型只是存储数据。' },
        explanation: { en: 'The model is trained to make predictions; the signal is the error of those predictions.', zh: '模型被训练来做预测，训练信号就是预测的误差。' },
      },
    ],
  },
  {
    id: 'ex-1-4',
    chapter: 'background',
    kind: 'short',
    difficulty: 2,
    sections: ['background#socio-technical-nature'],
    prompt: {
      en: 'Why does the book call foundation models socio-technical? Give two concrete examples of how people or institutions shape what such a model does.',
      zh: '为什么本书称基础模型是社会技术性的？请举出两个具体例子，说明人或机构如何影响这种模型的行为。',
    },
    answer: {
      en: 'Because what a foundation model does and what effect it has are not determined by the algorithm alone but by how the technology interacts with people and institutions. Examples: who produces the training data and whose voices it contains (biases in web-scale data reappear in the outputs); who can afford to train a model; who adapts and deploys it; how users come to rely on it; how regulators respond.',
      zh: '因为基础模型做什么、产生什么影响，并不只由算法决定，而取决于技术与人和机构之间的互动。例如：谁产生训练数据、数据中包含谁的声音（网络规模数据中的偏见会在输出中重现）；谁负担得起训练；谁来适配和部署模型；用户如何依赖它；监管者如何回应。',
    },
  },

  // ── 2 Core concepts ───────────────────────────────────────────────────────
  {
    id: 'ex-2-1',
    chapter: 'core-concepts',
    kind: 'choice',
    difficulty: 1,
    sections: ['core-concepts#deep-learning-and-neural-networks'],
    prompt: { en: 'What does one neuron of a neural network compute?', zh: '神经网络中的一个神经元计算什么？' },
    choices: [
      {
        text: { en: 'A weighted sum of its inputs plus a bias, passed through a non-linear activation function.', zh: '输入的加权和加上偏置，再经过非线性激活函数。' },
        correct: true,
        explanation: { en: 'Correct: weights, a bias of its own and an activation function.', zh: '正确：权重、它自己的偏置和一个激活函数。' },
      },
      {
        text: { en: 'A simulation of a biological neuron’s electrical activity.', zh: '对生物神经元电活动的模拟。' },
        explanation: { en: 'The design was loosely inspired by the brain, but an artificial neuron is a mathematical construction, not a simulation.', zh: '设计只是受到大脑的粗略启发；人工神经元是数学构造，不是模拟。' },
      },
      {
        text: { en: 'The product of all its inputs.', zh: '所有输入的乘积。' },
        explanation: { en: 'Inputs are each multiplied by a weight and then added, not multiplied together.', zh: '每个输入乘以一个权重后相加，而不是彼此相乘。' },
      },
      {
        text: { en: 'The gradient of the loss with respect to its weights.', zh: '损失对其权重的梯度。' },
        explanation: { en: 'Gradients are computed by backpropagation during training; the neuron itself computes its output.', zh: '梯度是在训练时由反向传播计算的；神经元本身计算的是它的输出。' },
      },
    ],
  },
  {
    id: 'ex-2-2',
    chapter: 'core-concepts',
    kind: 'choice',
    difficulty: 1,
    sections: ['core-concepts#evaluation-and-optimization'],
    prompt: { en: 'How do the validation set and the test set differ?', zh: '验证集和测试集有什么区别？' },
    choices: [
      {
        text: { en: 'The validation set is used during development to compare variants and tune settings; the test set is held back and used once, at the end.', zh: '验证集在开发中用于比较模型变体、调整设置；测试集一直保留，最后只用一次。' },
        correct: true,
        explanation: { en: 'Correct: only a test set used once gives an unbiased final estimate.', zh: '正确：只有只用一次的测试集才能给出无偏的最终估计。' },
      },
      {
        text: { en: 'The test set is used to tune settings; the validation set gives the final score.', zh: '测试集用于调整设置；验证集给出最终分数。' },
        explanation: { en: 'The roles are reversed.', zh: '两者的角色弄反了。' },
      },
      {
        text: { en: 'They are the same data under two names.', zh: '它们是同一份数据的两个名字。' },
        explanation: { en: 'They must not overlap: otherwise the evaluation scores are too optimistic.', zh: '两者不能重叠，否则评估分数会过于乐观。' },
      },
      {
        text: { en: 'The validation set is part of the training set.', zh: '验证集是训练集的一部分。' },
        explanation: { en: 'The model is not trained on the validation set; it measures performance on unseen data.', zh: '模型不在验证集上训练；验证集衡量模型在未见过数据上的表现。' },
      },
    ],
  },
  {
    id: 'ex-2-3',
    chapter: 'core-concepts',
    kind: 'choice',
    difficulty: 2,
    sections: ['core-concepts#pretraining-and-adaptation'],
    prompt: { en: 'Which of these is NOT a self-supervised pretraining objective?', zh: '下列哪一项不是自监督的预训练目标？' },
    choices: [
      {
        text: { en: 'Predicting the next word of a text, as GPT-3 does.', zh: '像 GPT-3 那样预测文本的下一个词。' },
        explanation: { en: 'Self-supervised: the text itself supplies the next word.', zh: '是自监督的：文本本身提供了下一个词。' },
      },
      {
        text: { en: 'Filling in masked-out words, as BERT does.', zh: '像 BERT 那样补全被遮盖的词。' },
        explanation: { en: 'Self-supervised: the masked words are known from the original text.', zh: '是自监督的：被遮盖的词可以从原文得知。' },
      },
      {
        text: { en: 'Matching images with their captions, as CLIP does.', zh: '像 CLIP 那样把图像与其说明文字配对。' },
        explanation: { en: 'Self-supervised: the pairs come from the web, with no labels made for the task.', zh: '是自监督的：图文对来自网络，不需要为任务专门标注。' },
      },
      {
        text: { en: 'Classifying images into categories that annotators labeled by hand.', zh: '把图像分到标注员手工标注的类别中。' },
        correct: true,
        explanation: { en: 'Correct: this needs manual labels, so it is supervised learning, as used for fine-tuning.', zh: '正确：这需要人工标签，属于监督学习，通常用于微调。' },
      },
    ],
  },
  {
    id: 'ex-2-4',
    chapter: 'core-concepts',
    kind: 'short',
    difficulty: 2,
    sections: ['core-concepts#pretraining-and-adaptation', 'background#from-task-specific-to-general-purpose'],
    prompt: {
      en: 'Describe the two stages in which a foundation model is built and used, and explain why this is a form of transfer learning.',
      zh: '描述基础模型构建和使用的两个阶段，并解释为什么这是一种迁移学习。',
    },
    answer: {
      en: 'Pretraining: a large network is trained on broad data with a self-supervised objective (next word, masked words, image–caption matching). Adaptation: the pretrained model is fine-tuned on a smaller labeled dataset or given instructions and examples in a prompt. It is transfer learning because what the model learns in pretraining is reused for many downstream tasks instead of training each task’s model from scratch.',
      zh: '预训练：在广泛的数据上用自监督目标（预测下一个词、补全被遮盖的词、图文配对）训练一个大型网络。适配：在较小的有标签数据集上微调预训练模型，或在提示中给出指令和示例。这是迁移学习，因为模型在预训练中学到的东西被复用于许多下游任务，而不是为每个任务从头训练模型。',
    },
  },

  // ── 3 Algorithms ──────────────────────────────────────────────────────────
  {
    id: 'ex-3-1',
    chapter: 'algorithms',
    kind: 'dense-params',
    difficulty: 1,
    sections: ['algorithms#forward-propagation'],
    prompt: {
      en: 'A dense layer h = σ(Wx + b) receives {inputs} inputs and has {units} units (neurons). How many trainable parameters does it have, weights and biases together?',
      zh: '一个全连接层 h = σ(Wx + b) 接收 {inputs} 个输入，有 {units} 个单元（神经元）。它一共有多少个可训练参数（权重和偏置合计）？',
    },
  },
  {
    id: 'ex-3-2',
    chapter: 'algorithms',
    kind: 'gd-step',
    difficulty: 1,
    sections: ['algorithms#optimization-algorithm', 'math#gradient-descent'],
    prompt: {
      en: 'One step of gradient descent with learning rate α = {lr}, parameters θ = {theta} and gradient ∇J(θ) = {grad}. What are the parameters after the step?',
      zh: '梯度下降的一步：学习率 α = {lr}，参数 θ = {theta}，梯度 ∇J(θ) = {grad}。这一步之后的参数是多少？',
    },
  },
  {
    id: 'ex-3-3',
    chapter: 'algorithms',
    kind: 'attention-weights',
    difficulty: 2,
    settings: { causal: false },
    sections: ['algorithms#self-attention'],
    prompt: {
      en: 'Self-attention over three tokens with queries Q = {q} and keys K = {k} (one row per token, d_k = 2). Compute row {row} of the attention weights softmax(QKᵀ / √d_k), counting rows from 0: the weights with which token {row} attends to each token.',
      zh: '对三个词元做自注意力，查询 Q = {q}，键 K = {k}（每行一个词元，d_k = 2）。计算注意力权重 softmax(QKᵀ / √d_k) 的第 {row} 行（行号从 0 开始）：即词元 {row} 关注每个词元的权重。',
    },
  },
  {
    id: 'ex-3-4',
    chapter: 'algorithms',
    kind: 'attention-weights',
    difficulty: 3,
    settings: { causal: true },
    sections: ['algorithms#self-attention', 'algorithms#next-token-prediction'],
    prompt: {
      en: 'The same computation with a causal mask, as in a language model that predicts the next token: Q = {q}, K = {k}, d_k = 2. Compute row {row} of the attention weights (rows counted from 0; masked positions have weight 0).',
      zh: '同样的计算，但加上因果掩码，就像预测下一个词元的语言模型那样：Q = {q}，K = {k}，d_k = 2。计算注意力权重的第 {row} 行（行号从 0 开始；被掩码的位置权重为 0）。',
    },
  },
  {
    id: 'ex-3-5',
    chapter: 'algorithms',
    kind: 'perplexity',
    difficulty: 2,
    sections: ['algorithms#next-token-prediction'],
    prompt: {
      en: 'A language model gives the tokens that actually come next in a text the probabilities p = {p}. What is its perplexity on these tokens?',
      zh: '一个语言模型给文本中实际出现的下一个词元分配的概率为 p = {p}。它在这些词元上的困惑度是多少？',
    },
  },
  {
    id: 'ex-3-6',
    chapter: 'algorithms',
    kind: 'choice',
    difficulty: 1,
    sections: ['algorithms#backpropagation'],
    prompt: { en: 'What does backpropagation do?', zh: '反向传播做什么？' },
    choices: [
      {
        text: { en: 'It computes the gradient of the loss with respect to every weight and bias, with the chain rule, from the output layer backwards.', zh: '它用链式法则从输出层往回计算损失对每个权重和偏置的梯度。' },
        correct: true,
        explanation: { en: 'Correct: and only that. It changes no weights.', zh: '正确，而且只做这件事：它不改变任何权重。' },
      },
      {
        text: { en: 'It updates the weights so that the loss decreases.', zh: '它更新权重使损失减小。' },
        explanation: { en: 'Updating the weights is the optimizer’s job; backpropagation only computes the gradients it uses.', zh: '更新权重是优化器的工作；反向传播只计算优化器要用的梯度。' },
      },
      {
        text: { en: 'It computes the network’s output from an input, layer by layer.', zh: '它逐层根据输入计算网络的输出。' },
        explanation: { en: 'That is forward propagation.', zh: '这是前向传播。' },
      },
      {
        text: { en: 'It chooses the learning rate.', zh: '它选择学习率。' },
        explanation: { en: 'The learning rate is a hyperparameter, fixed before training.', zh: '学习率是超参数，在训练前确定。' },
      },
    ],
  },
  {
    id: 'ex-3-7',
    chapter: 'algorithms',
    kind: 'choice',
    difficulty: 2,
    sections: ['algorithms#step-evaluation', 'algorithms#step-optimization'],
    prompt: {
      en: 'During training, the training loss keeps falling while the validation loss starts to rise. What is happening, and what is a common remedy?',
      zh: '训练过程中，训练损失持续下降，而验证损失开始上升。发生了什么？常见的补救办法是什么？',
    },
    choices: [
      {
        text: { en: 'Overfitting; for example early stopping, regularization or more varied training data.', zh: '过拟合；例如提前停止、正则化或更多样的训练数据。' },
        correct: true,
        explanation: { en: 'Correct: the model fits peculiarities of the training examples instead of patterns that generalize.', zh: '正确：模型拟合的是训练样本的特殊之处，而不是可以泛化的规律。' },
      },
      {
        text: { en: 'Underfitting; train a larger model for longer.', zh: '欠拟合；训练更大的模型、训练更久。' },
        explanation: { en: 'An underfitting model does badly on the training data too; here the training loss keeps falling.', zh: '欠拟合的模型在训练数据上也表现不好；这里训练损失在持续下降。' },
      },
      {
        text: { en: 'The test set is too small; evaluate on the test set after every epoch.', zh: '测试集太小；每个轮次后都在测试集上评估。' },
        explanation: { en: 'The test set is used only once, at the end; consulting it repeatedly makes it a second validation set.', zh: '测试集只在最后用一次；反复使用它会让它变成第二个验证集。' },
      },
      {
        text: { en: 'Nothing is wrong: adjust the weights by hand to bring the validation loss down.', zh: '没有问题：手工调整权重来降低验证损失。' },
        explanation: { en: 'Weights are learned in training, never set by hand; and the rising validation loss is a warning sign.', zh: '权重在训练中学习，从不手工设置；而且验证损失上升是一个警告信号。' },
      },
    ],
  },
  {
    id: 'ex-3-8',
    chapter: 'algorithms',
    kind: 'short',
    difficulty: 2,
    sections: ['algorithms#step-evaluation', 'algorithms#step-data'],
    prompt: {
      en: 'Why should the test set be used only once, at the very end, and why must the three data splits not overlap?',
      zh: '为什么测试集只应在最后用一次？为什么三个数据划分不能重叠？',
    },
    answer: {
      en: 'If the test set is consulted again and again to make decisions, it effectively becomes a second validation set and the final estimate of performance on new data is no longer trustworthy. If the same examples appear in more than one split, the model is evaluated on data it has seen, so the scores are too optimistic.',
      zh: '如果反复查看测试集来做决定，它实际上就成了第二个验证集，对新数据表现的最终估计就不再可信。如果同一批样本出现在不止一个划分中，模型就是在见过的数据上接受评估，分数会过于乐观。',
    },
  },
  {
    id: 'ex-3-9',
    chapter: 'algorithms',
    kind: 'positional-encoding',
    difficulty: 1,
    sections: ['algorithms#positional-encoding'],
    prompt: {
      en: 'The sinusoidal positional encoding of the Transformer, with width d = {dim} and base 10000. What is entry {index} (counting from 0) of the encoding of position {pos}? Angles are in radians.',
      zh: 'Transformer 的正弦位置编码，宽度 d = {dim}，底数为 10000。位置 {pos} 的编码中第 {index} 个分量（从 0 开始计数）是多少？角度以弧度计。',
    },
  },
  {
    id: 'ex-3-10',
    chapter: 'algorithms',
    kind: 'sampling',
    difficulty: 2,
    sections: ['algorithms#decoding'],
    prompt: {
      en: 'A language model gives four candidate next tokens (tokens 0 to 3) the logits ℓ = {logits}. The decoder uses temperature T = {temperature}, then top-p with p = {p}. From what distribution does it sample? Give the four probabilities, 0 for a token that is cut.',
      zh: '一个语言模型给四个候选的下一个词元（词元 0 到 3）的 logit 为 ℓ = {logits}。解码时先用温度 T = {temperature}，再用 p = {p} 的 top-p。它从什么分布中采样？请给出四个概率，被去掉的词元填 0。',
    },
  },

  // ── 4 Math ────────────────────────────────────────────────────────────────
  {
    id: 'ex-4-1',
    chapter: 'math',
    kind: 'mse',
    difficulty: 1,
    settings: { n: 4 },
    sections: ['math#mse'],
    prompt: {
      en: 'True values y = {y} and predictions ŷ = {yhat}. Compute the mean squared error.',
      zh: '真实值 y = {y}，预测值 ŷ = {yhat}。计算均方误差。',
    },
  },
  {
    id: 'ex-4-2',
    chapter: 'math',
    kind: 'cross-entropy',
    difficulty: 2,
    settings: { form: 'binary', n: 4 },
    sections: ['math#cross-entropy'],
    prompt: {
      en: 'Binary labels y = {y} and predicted probabilities of class 1 ŷ = {p}. Compute the binary cross-entropy (natural logarithm).',
      zh: '二元标签 y = {y}，预测为类别 1 的概率 ŷ = {p}。计算二元交叉熵（自然对数）。',
    },
  },
  {
    id: 'ex-4-3',
    chapter: 'math',
    kind: 'cross-entropy',
    difficulty: 2,
    settings: { form: 'categorical', n: 2, classes: 3 },
    sections: ['math#cross-entropy'],
    prompt: {
      en: 'Two samples, three classes: one-hot labels y = {y} and predicted probability rows ŷ = {p}. Compute the categorical cross-entropy, averaged over the samples (natural logarithm).',
      zh: '两个样本、三个类别：独热标签 y = {y}，预测概率行 ŷ = {p}。计算对样本取平均的类别交叉熵（自然对数）。',
    },
  },
  {
    id: 'ex-4-4',
    chapter: 'math',
    kind: 'gd-step',
    difficulty: 1,
    sections: ['math#sgd'],
    prompt: {
      en: 'Stochastic gradient descent: the gradient of the loss on one randomly chosen sample is g = {grad}, the parameters are θ = {theta}, the learning rate α = {lr}. What are the parameters after one step?',
      zh: '随机梯度下降：随机选取的一个样本上的损失梯度为 g = {grad}，参数 θ = {theta}，学习率 α = {lr}。一步之后的参数是多少？',
    },
  },
  {
    id: 'ex-4-5',
    chapter: 'math',
    kind: 'momentum-step',
    difficulty: 2,
    settings: { form: 'keras' },
    sections: ['math#momentum'],
    prompt: {
      en: 'Momentum in Keras’s convention (v ← βv − αg; θ ← θ + v): θ = {theta}, gradient g = {grad}, previous velocity v = {v}, α = {lr}, β = {beta}. What are the parameters after one step?',
      zh: 'Keras 约定的动量法（v ← βv − αg；θ ← θ + v）：θ = {theta}，梯度 g = {grad}，上一轮速度 v = {v}，α = {lr}，β = {beta}。一步之后的参数是多少？',
    },
  },
  {
    id: 'ex-4-6',
    chapter: 'math',
    kind: 'momentum-step',
    difficulty: 3,
    settings: { form: 'pytorch' },
    sections: ['math#momentum'],
    prompt: {
      en: 'Momentum in PyTorch’s convention (v ← βv + g; θ ← θ − αv): θ = {theta}, gradient g = {grad}, previous v = {v}, α = {lr}, β = {beta}. What are the parameters after one step?',
      zh: 'PyTorch 约定的动量法（v ← βv + g；θ ← θ − αv）：θ = {theta}，梯度 g = {grad}，上一轮 v = {v}，α = {lr}，β = {beta}。一步之后的参数是多少？',
    },
  },
  {
    id: 'ex-4-7',
    chapter: 'math',
    kind: 'adam-step',
    difficulty: 2,
    settings: { steps: 1 },
    sections: ['math#adam'],
    prompt: {
      en: 'Adam with bias correction, starting from m = v = 0: θ = {theta}, gradient g = {grad}, α = {lr}, β₁ = {beta1}, β₂ = {beta2}, ε = {eps}. What are the parameters after {steps} step?',
      zh: '带偏差修正的 Adam，从 m = v = 0 开始：θ = {theta}，梯度 g = {grad}，α = {lr}，β₁ = {beta1}，β₂ = {beta2}，ε = {eps}。{steps} 步之后的参数是多少？',
    },
  },
  {
    id: 'ex-4-8',
    chapter: 'math',
    kind: 'adam-step',
    difficulty: 3,
    settings: { steps: 2 },
    sections: ['math#adam'],
    prompt: {
      en: 'Adam with bias correction, starting from m = v = 0, with the same gradient g = {grad} at every step: θ = {theta}, α = {lr}, β₁ = {beta1}, β₂ = {beta2}, ε = {eps}. What are the parameters after {steps} steps?',
      zh: '带偏差修正的 Adam，从 m = v = 0 开始，每一步的梯度都是 g = {grad}：θ = {theta}，α = {lr}，β₁ = {beta1}，β₂ = {beta2}，ε = {eps}。{steps} 步之后的参数是多少？',
    },
  },
  {
    id: 'ex-4-9',
    chapter: 'math',
    kind: 'choice',
    difficulty: 2,
    sections: ['math#cross-entropy'],
    prompt: {
      en: 'On binary labels, what does the original article’s form of cross-entropy, −(1/n) Σ yᵢ log ŷᵢ, leave out compared with the binary cross-entropy?',
      zh: '在二元标签上，原文的交叉熵形式 −(1/n) Σ yᵢ log ŷᵢ 与二元交叉熵相比漏掉了什么？',
    },
    choices: [
      {
        text: { en: 'The samples labeled 0: they contribute nothing, however confidently the model predicts 1 for them.', zh: '标签为 0 的样本：无论模型多么肯定地预测它们为 1，它们都不贡献任何损失。' },
        correct: true,
        explanation: { en: 'Correct: the binary form adds (1 − yᵢ) log(1 − ŷᵢ), which charges probability placed on the wrong class.', zh: '正确：二元形式加上了 (1 − yᵢ) log(1 − ŷᵢ)，对放在错误类别上的概率也计入损失。' },
      },
      {
        text: { en: 'The samples labeled 1.', zh: '标签为 1 的样本。' },
        explanation: { en: 'Those are exactly the samples it keeps: yᵢ = 1 makes their term −log ŷᵢ.', zh: '恰恰相反，它保留的正是这些样本：yᵢ = 1 时该项为 −log ŷᵢ。' },
      },
      {
        text: { en: 'Nothing: on binary labels the two forms are equal.', zh: '什么都没漏：在二元标签上两种形式相等。' },
        explanation: { en: 'They differ whenever a sample is labeled 0 and its predicted probability is above 0.', zh: '只要有标签为 0 且预测概率大于 0 的样本，两者就不同。' },
      },
      {
        text: { en: 'The average over the samples.', zh: '对样本的平均。' },
        explanation: { en: 'Both forms divide by n.', zh: '两种形式都除以 n。' },
      },
    ],
  },
  {
    id: 'ex-4-10',
    chapter: 'math',
    kind: 'short',
    difficulty: 3,
    sections: ['math#adam'],
    prompt: {
      en: 'Show why Adam’s first step moves every parameter by about α, whatever the size of its gradient.',
      zh: '说明为什么 Adam 的第一步会让每个参数移动大约 α，而与梯度的大小无关。',
    },
    answer: {
      en: 'At t = 1, starting from m₀ = v₀ = 0: m₁ = (1 − β₁) g and v₁ = (1 − β₂) g², so the bias-corrected estimates are m̂₁ = g and v̂₁ = g². The step is α m̂₁ / (√v̂₁ + ε) = α g / (|g| + ε), which is α times the sign of g, up to ε: its size does not depend on |g|.',
      zh: '在 t = 1 时，从 m₀ = v₀ = 0 出发：m₁ = (1 − β₁) g，v₁ = (1 − β₂) g²，因此偏差修正后 m̂₁ = g，v̂₁ = g²。更新量为 α m̂₁ / (√v̂₁ + ε) = α g / (|g| + ε)，忽略 ε 就是 α 乘以 g 的符号：其大小与 |g| 无关。',
    },
  },

  // ── 5 Practice ────────────────────────────────────────────────────────────
  {
    id: 'ex-5-1',
    chapter: 'practice',
    kind: 'dense-params',
    difficulty: 1,
    sections: ['practice#code-walkthrough', 'algorithms#forward-propagation'],
    prompt: {
      en: 'A Keras Dense layer with {units} units receives inputs of {inputs} values. How many parameters does model.summary() report for this layer?',
      zh: '一个有 {units} 个单元的 Keras Dense 层接收 {inputs} 个数值的输入。model.summary() 会为这一层报告多少个参数？',
    },
  },
  {
    id: 'ex-5-2',
    chapter: 'practice',
    kind: 'cross-entropy',
    difficulty: 2,
    settings: { form: 'categorical', n: 3, classes: 4 },
    sections: ['practice#code-walkthrough', 'math#cross-entropy'],
    prompt: {
      en: 'sparse_categorical_crossentropy takes class numbers as labels; it equals the categorical cross-entropy of the same labels written one-hot. For three samples with one-hot labels y = {y} and predicted probability rows ŷ = {p}, what loss does it report?',
      zh: 'sparse_categorical_crossentropy 以类别编号作标签；它等于把同样的标签写成独热形式后的类别交叉熵。三个样本的独热标签为 y = {y}，预测概率行为 ŷ = {p}，它报告的损失是多少？',
    },
  },
  {
    id: 'ex-5-3',
    chapter: 'practice',
    kind: 'choice',
    difficulty: 2,
    sections: ['practice#results'],
    prompt: {
      en: 'The chapter’s network is trained on random inputs with random labels from 10 classes. What accuracy should you expect on fresh data drawn the same way?',
      zh: '本章的网络在随机输入和随机标签（10 个类别）上训练。在以同样方式抽取的新数据上，应该预期多高的准确率？',
    },
    choices: [
      {
        text: { en: 'About one in ten (chance level).', zh: '大约十分之一（随机水平）。' },
        correct: true,
        explanation: { en: 'Correct: inputs and labels are independent, so no model can beat chance on new data.', zh: '正确：输入和标签相互独立，任何模型在新数据上都无法超过随机水平。' },
      },
      {
        text: { en: 'About the accuracy reached on the training data.', zh: '大约等于在训练数据上达到的准确率。' },
        explanation: { en: 'Accuracy above chance on the training data is memorization, which does not carry over to new data.', zh: '训练数据上高于随机水平的准确率来自记忆，不会迁移到新数据上。' },
      },
      {
        text: { en: 'Close to 100% after enough epochs.', zh: '训练足够多轮次后接近 100%。' },
        explanation: { en: 'More epochs can only improve memorization of the training set, not predictions on fresh random data.', zh: '更多轮次只会加深对训练集的记忆，不会改善对新随机数据的预测。' },
      },
      {
        text: { en: 'About 50%.', zh: '大约 50%。' },
        explanation: { en: 'There are 10 classes, not 2: guessing is right one time in ten.', zh: '共有 10 个类别而不是 2 个：随机猜测十次只对一次。' },
      },
    ],
  },
  {
    id: 'ex-5-4',
    chapter: 'practice',
    kind: 'choice',
    difficulty: 1,
    sections: ['practice#code-walkthrough'],
    prompt: { en: 'What does model.compile do in the chapter’s program?', zh: '在本章的程序中，model.compile 做什么？' },
    choices: [
      {
        text: { en: 'It attaches the optimizer, the loss and the metrics to the model.', zh: '它把优化器、损失和评估指标附加到模型上。' },
        correct: true,
        explanation: { en: 'Correct: it configures training; no code is compiled.', zh: '正确：它配置训练过程，并不编译代码。' },
      },
      {
        text: { en: 'It compiles the Python program to machine code.', zh: '它把 Python 程序编译成机器码。' },
        explanation: { en: 'Despite its name it compiles nothing; the original article’s “compiler configuration” is misleading.', zh: '虽然名字如此，它并不编译任何东西；原文的“编译器配置”说法有误导性。' },
      },
      {
        text: { en: 'It trains the model for 10 epochs.', zh: '它把模型训练 10 个轮次。' },
        explanation: { en: 'Training is model.fit.', zh: '训练是 model.fit 做的。' },
      },
      {
        text: { en: 'It creates the model’s layers.', zh: '它创建模型的各层。' },
        explanation: { en: 'The layers are created by tf.keras.Sequential and its Dense layers.', zh: '各层由 tf.keras.Sequential 及其中的 Dense 层创建。' },
      },
    ],
  },

  // ── 6 Applications ────────────────────────────────────────────────────────
  {
    id: 'ex-6-1',
    chapter: 'applications',
    kind: 'choice',
    difficulty: 1,
    sections: ['applications#recommender-systems'],
    prompt: { en: 'Why can a recommender system that optimizes for clicks create a feedback loop?', zh: '为什么以点击量为优化目标的推荐系统会形成反馈循环？' },
    choices: [
      {
        text: { en: 'It shows more of what was clicked before, which can narrow what users see and amplify content that is already popular.', zh: '它会更多地展示以前被点击过的内容，这可能缩小用户看到的范围，并放大本已流行的内容。' },
        correct: true,
        explanation: { en: 'Correct: the system’s outputs shape the behavior it then learns from.', zh: '正确：系统的输出影响用户行为，而系统又从这些行为中学习。' },
      },
      {
        text: { en: 'Its electrical circuits feed their output back into their input.', zh: '它的电路把输出反馈回输入。' },
        explanation: { en: 'The loop runs through users’ behavior, not through hardware.', zh: '这个循环通过用户行为形成，而不是通过硬件。' },
      },
      {
        text: { en: 'It needs no personal data, so it cannot learn from users.', zh: '它不需要个人数据，因此无法从用户那里学习。' },
        explanation: { en: 'Recommenders depend on detailed personal data, which is why data privacy is a central concern.', zh: '推荐系统依赖详细的个人数据，这正是数据隐私成为核心问题的原因。' },
      },
      {
        text: { en: 'Clicks are random, so the system recommends at random.', zh: '点击是随机的，因此系统随机推荐。' },
        explanation: { en: 'Clicks carry preferences; the problem is that the system also shapes them.', zh: '点击反映了偏好；问题在于系统也在塑造这些偏好。' },
      },
    ],
  },
  {
    id: 'ex-6-2',
    chapter: 'applications',
    kind: 'choice',
    difficulty: 2,
    sections: ['applications#medical-diagnosis'],
    prompt: { en: 'What must happen before a diagnostic model may be used in patient care?', zh: '诊断模型用于患者诊疗之前必须做到什么？' },
    choices: [
      {
        text: { en: 'Validation on patients like those it will serve (ideally in prospective clinical studies), meeting the regulations for medical devices where they apply, and protection of patient data.', zh: '在与其服务对象相似的患者身上验证（最好是前瞻性临床研究），在适用时符合医疗器械法规，并保护患者数据。' },
        correct: true,
        explanation: { en: 'Correct: and its performance has to be monitored after deployment too.', zh: '正确：部署之后还需要持续监测其表现。' },
      },
      {
        text: { en: 'A high score on a public benchmark is enough.', zh: '在公开基准上得分高就够了。' },
        explanation: { en: 'A model that does well on a benchmark can still fail in practice, for example on patients from another hospital or population.', zh: '在基准上表现好的模型在实践中仍可能失败，例如面对另一家医院或另一人群的患者时。' },
      },
      {
        text: { en: 'Nothing, as long as it replaces the clinician’s decision entirely.', zh: '什么都不需要，只要它完全取代医生的决定。' },
        explanation: { en: 'Most systems support rather than replace a clinician’s decision, and all need validation.', zh: '大多数系统是辅助而非取代医生的决定，而且都需要验证。' },
      },
      {
        text: { en: 'It must be trained on data from a single hospital.', zh: '它必须只用一家医院的数据训练。' },
        explanation: { en: 'On the contrary: a model trained on one hospital’s data may work worse elsewhere.', zh: '恰恰相反：只用一家医院数据训练的模型在其他地方可能表现更差。' },
      },
    ],
  },
  {
    id: 'ex-6-3',
    chapter: 'applications',
    kind: 'short',
    difficulty: 2,
    sections: ['applications#speech-recognition'],
    prompt: {
      en: 'Speech recognition has become much more accurate. For whom is it still less accurate, and what else must be handled with care?',
      zh: '语音识别已经准确得多了。它对哪些人仍然不够准确？还有什么需要谨慎处理？',
    },
    answer: {
      en: 'Accuracy is usually lower for languages with little training data, for regional dialects and for some groups of speakers. Voice recordings are personal data, which has to be collected and stored with care.',
      zh: '对训练数据少的语言、地方方言和某些说话人群体，准确率通常较低。语音录音属于个人数据，收集和存储都必须谨慎。',
    },
  },

  // ── 7 Resources ───────────────────────────────────────────────────────────
  {
    id: 'ex-7-1',
    chapter: 'resources',
    kind: 'choice',
    difficulty: 1,
    sections: ['resources#websites'],
    prompt: { en: 'Why should a claim found only in an arXiv preprint be read with care?', zh: '为什么只出现在 arXiv 预印本中的结论需要谨慎看待？' },
    choices: [
      {
        text: { en: 'Preprints are not peer-reviewed.', zh: '预印本未经同行评审。' },
        correct: true,
        explanation: { en: 'Correct: arXiv is where new research appears first, before (or without) review.', zh: '正确：arXiv 是新研究最先出现的地方，发表时尚未（或不会）经过评审。' },
      },
      {
        text: { en: 'arXiv only hosts papers that were retracted.', zh: 'arXiv 只收录被撤回的论文。' },
        explanation: { en: 'Most new machine-learning research appears there first.', zh: '大多数新的机器学习研究最先出现在那里。' },
      },
      {
        text: { en: 'Preprints are always older than journal papers.', zh: '预印本总是比期刊论文旧。' },
        explanation: { en: 'Usually the reverse: a preprint often appears before the reviewed version.', zh: '通常正相反：预印本往往先于经过评审的版本出现。' },
      },
      {
        text: { en: 'arXiv papers cannot be cited.', zh: 'arXiv 论文不能被引用。' },
        explanation: { en: 'They can be cited (by their arXiv id); the point is that they have not been reviewed.', zh: '它们可以被引用（用 arXiv 编号）；关键在于它们未经评审。' },
      },
    ],
  },
  {
    id: 'ex-7-2',
    chapter: 'resources',
    kind: 'choice',
    difficulty: 1,
    sections: ['resources#containers', 'core-concepts#deployment-and-operations'],
    prompt: { en: 'What do containers such as Docker provide for training and deploying models?', zh: 'Docker 等容器为模型的训练和部署提供了什么？' },
    choices: [
      {
        text: { en: 'They package an application with its dependencies, so that an environment can be reproduced exactly on another machine.', zh: '它们把应用及其依赖打包在一起，使环境可以在另一台机器上精确重现。' },
        correct: true,
        explanation: { en: 'Correct: the model runs the same way everywhere.', zh: '正确：模型在任何地方都以同样的方式运行。' },
      },
      {
        text: { en: 'They make training faster by compressing the model.', zh: '它们通过压缩模型使训练更快。' },
        explanation: { en: 'Containers package software; they do not change the model.', zh: '容器打包的是软件，并不改变模型。' },
      },
      {
        text: { en: 'They replace the deep-learning framework.', zh: '它们取代了深度学习框架。' },
        explanation: { en: 'The framework runs inside the container.', zh: '框架运行在容器内部。' },
      },
      {
        text: { en: 'They evaluate the model on a test set.', zh: '它们在测试集上评估模型。' },
        explanation: { en: 'Evaluation is part of the modeling work, not of packaging.', zh: '评估属于建模工作，而不是打包。' },
      },
    ],
  },
  {
    id: 'ex-7-3',
    chapter: 'resources',
    kind: 'choice',
    difficulty: 2,
    sections: ['resources#frameworks'],
    prompt: { en: 'On top of which back ends does Keras 3 run?', zh: 'Keras 3 可以运行在哪些后端之上？' },
    choices: [
      {
        text: { en: 'JAX, TensorFlow or PyTorch.', zh: 'JAX、TensorFlow 或 PyTorch。' },
        correct: true,
        explanation: { en: 'Correct, as Keras 3’s documentation states.', zh: '正确，Keras 3 的文档就是这样说明的。' },
      },
      {
        text: { en: 'TensorFlow and Theano.', zh: 'TensorFlow 和 Theano。' },
        explanation: { en: 'That describes only early versions of Keras, as the original article did.', zh: '这只描述了 Keras 的早期版本，原文就是这样写的。' },
      },
      {
        text: { en: 'Only TensorFlow.', zh: '只有 TensorFlow。' },
        explanation: { en: 'Keras 3 is multi-back-end.', zh: 'Keras 3 支持多个后端。' },
      },
      {
        text: { en: 'Only TensorFlow.js in the browser.', zh: '只有浏览器中的 TensorFlow.js。' },
        explanation: { en: 'TensorFlow.js is a separate library that runs TensorFlow models in JavaScript.', zh: 'TensorFlow.js 是一个独立的库，用 JavaScript 运行 TensorFlow 模型。' },
      },
    ],
  },

  // ── 8 Society ─────────────────────────────────────────────────────────────
  {
    id: 'ex-8-1',
    chapter: 'society',
    kind: 'choice',
    difficulty: 1,
    sections: ['society#data-and-documentation'],
    prompt: { en: 'Why document how a training dataset was collected and what it contains?', zh: '为什么要记录训练数据集是如何收集的、包含什么内容？' },
    choices: [
      {
        text: { en: 'So that those who use the data, or models trained on it, can judge what it is fit for and which gaps and biases it may carry.', zh: '让使用这些数据（或用它训练出的模型）的人能够判断它适合做什么、可能带有哪些缺口和偏见。' },
        correct: true,
        explanation: { en: 'Correct: what a model learns, including its biases, depends on its data, and undocumented data is hard to examine. When Dodge et al. documented C4 after the fact, they found unexpected sources and a filter that had removed text from and about minority individuals disproportionately.', zh: '正确：模型学到什么（包括偏见）取决于数据，而没有记录的数据很难审视。Dodge 等人事后为 C4 补写记录时，发现了意想不到的来源，还发现一个过滤器不成比例地删除了少数群体所写的以及有关少数群体的文本。' },
      },
      {
        text: { en: 'Because documentation makes the model more accurate by itself.', zh: '因为记录本身就能让模型更准确。' },
        explanation: { en: 'Documentation changes no weights; it makes the data’s limits visible.', zh: '记录不会改变任何权重；它让数据的局限变得可见。' },
      },
      {
        text: { en: 'Because self-supervised learning needs written labels.', zh: '因为自监督学习需要书面标签。' },
        explanation: { en: 'Self-supervised learning needs no human-written labels: the data supply their own training signal. Documentation serves people, not the training objective.', zh: '自监督学习不需要人工编写的标签：训练信号来自数据本身。记录是为人服务的，而不是为训练目标服务。' },
      },
      {
        text: { en: 'To make the dataset smaller.', zh: '为了让数据集变小。' },
        explanation: { en: 'Documenting a dataset does not change its size.', zh: '记录数据集并不会改变它的大小。' },
      },
    ],
  },
  {
    id: 'ex-8-2',
    chapter: 'society',
    kind: 'short',
    difficulty: 2,
    sections: ['society#environmental-cost', 'outlook#compute-resources'],
    prompt: {
      en: 'Name the factors that determine the energy use and carbon emissions of training a model, and say why serving the model also counts.',
      zh: '说出决定模型训练能耗和碳排放的各项因素，并说明为什么模型的推理服务也要计算在内。',
    },
    answer: {
      en: 'The amount of computation (how many processors, for how long), which the model design also affects: a sparsely activated model can use far less energy than a dense one of similar quality; the efficiency of the hardware and the data center; the carbon intensity of the electricity where and when the model is trained, so the same computation emits less on a low-carbon grid; and what is counted: the final run only, or also the experiments before it, idle equipment and the manufacture of the hardware. Serving counts because training happens once, while a deployed model answers queries continuously for as long as it is in use; a multi-purpose generative model uses far more energy per query than a small model built for one task, so over many queries its running energy can add up to more than its training.',
      zh: '计算量（多少处理器、运行多久），它也受模型设计影响：稀疏激活的模型耗能可以远低于质量相近的稠密模型；硬件和数据中心的能效；训练地点和时间的电力碳强度，同样的计算在低碳电网上排放更少；以及统计范围：只算最后一次训练，还是把之前的实验、空转设备和硬件制造也算进去。推理服务也要计入，因为训练只进行一次，而部署后的模型在整个使用期间持续不断地回答查询；多用途生成式模型每次查询的能耗远高于只为一项任务构建的小模型，查询多了，运行能耗累计起来可能超过训练能耗。',
    },
  },
  {
    id: 'ex-8-3',
    chapter: 'society',
    kind: 'choice',
    difficulty: 2,
    sections: ['society#release-strategies', 'society#eu-ai-act'],
    prompt: {
      en: 'Compare releasing a model’s weights openly with offering it only through an API. Which statement is accurate?',
      zh: '比较以开放权重方式发布模型与只通过 API 提供模型这两种方式。哪一项说法是准确的？',
    },
    choices: [
      {
        text: { en: 'Open weights let outside researchers study and adapt the model, but once released they cannot be withdrawn or their use monitored; an API keeps that control but limits outside scrutiny.', zh: '开放权重使外部研究者能够研究和适配模型，但一经发布就无法撤回，也无法监测其用途；API 保留了这种控制，但限制了外部审视。' },
        correct: true,
        explanation: { en: 'Correct: each strategy trades outside access and scrutiny against the provider’s control. With open weights, even safety measures added by fine-tuning can be removed by further fine-tuning.', zh: '正确：每种策略都要在外部的访问和审视与提供者的控制之间权衡。对于开放权重，就连通过微调加上的安全措施也可以再通过微调去掉。' },
      },
      {
        text: { en: 'An API makes misuse impossible.', zh: 'API 使滥用变得不可能。' },
        explanation: { en: 'An API allows monitoring and restrictions, but it cannot rule misuse out.', zh: 'API 可以监测和限制使用，但不能杜绝滥用。' },
      },
      {
        text: { en: 'Open weights can be recalled if a problem is found later.', zh: '如果以后发现问题，公开的权重可以被召回。' },
        explanation: { en: 'Copies of released weights cannot be recalled.', zh: '已发布权重的副本无法召回。' },
      },
      {
        text: { en: 'Under the EU AI Act, a model released with open weights under a free and open-source license is exempt from all of the Act’s obligations for general-purpose AI models.', zh: '根据欧盟《人工智能法》，以自由开源许可证发布且权重公开的模型，免除该法对通用目的人工智能模型规定的全部义务。' },
        explanation: { en: 'The Act lifts only the two documentation duties (technical documentation, and information for providers who build on the model); the copyright policy and the public summary of training content still apply, and a model with systemic risk gets no exemption at all.', zh: '该法只免除两项文档义务（技术文档，以及向在该模型之上构建系统的提供者提供的信息）；版权政策和公开的训练内容摘要仍然适用，具有系统性风险的模型则完全不能豁免。' },
      },
    ],
  },
  {
    id: 'ex-8-4',
    chapter: 'society',
    kind: 'choice',
    difficulty: 2,
    sections: ['society#evaluation', 'algorithms#step-data'],
    prompt: {
      en: 'The questions of a public benchmark turn out to be in a model’s web-scale training data. What does this do to the model’s benchmark score?',
      zh: '一个公开基准测试的题目后来被发现就在某模型的网络规模训练数据中。这对模型的基准分数意味着什么？',
    },
    choices: [
      {
        text: { en: 'The score may overstate how well the model does on new questions, as when test examples leak into the training set.', zh: '分数可能高估了模型在新问题上的表现，就像测试样本泄漏进训练集一样。' },
        correct: true,
        explanation: { en: 'Correct: this is benchmark contamination. A model evaluated on data it has seen gets too optimistic a score, which is why contamination should be measured and reported for each benchmark.', zh: '正确：这就是基准测试污染。在见过的数据上评估，分数会过于乐观，因此应当针对每个基准测量并报告污染情况。' },
      },
      {
        text: { en: 'Nothing: a benchmark score is valid whatever the training data.', zh: '没有影响：无论训练数据是什么，基准分数都有效。' },
        explanation: { en: 'Overlap between training and evaluation data is exactly what the splits are meant to prevent.', zh: '训练数据与评估数据重叠，正是数据划分所要防止的。' },
      },
      {
        text: { en: 'The score becomes lower than the model’s real ability.', zh: '分数会低于模型的真实能力。' },
        explanation: { en: 'Seen questions make the score higher, not lower.', zh: '见过的题目会让分数偏高，而不是偏低。' },
      },
      {
        text: { en: 'The model must be retrained from scratch before any evaluation.', zh: '在任何评估之前都必须从头重新训练模型。' },
        explanation: { en: 'The usual response is to check for overlap and evaluate on data the model has not seen.', zh: '通常的做法是检查重叠，并在模型没有见过的数据上评估。' },
      },
    ],
  },
  {
    id: 'ex-8-5',
    chapter: 'society',
    kind: 'short',
    difficulty: 2,
    sections: ['society#labour', 'society#data-and-documentation'],
    prompt: {
      en: 'Besides the engineers who design and train it, whose work goes into a foundation model?',
      zh: '除了设计和训练它的工程师之外，还有谁的劳动投入到了基础模型之中？',
    },
    answer: {
      en: 'The people who wrote the texts and made the images in the training data, who were usually not asked; and data workers: annotators who write demonstrations and label data for fine-tuning and evaluation, raters who compare and rank the model’s answers for reinforcement learning from human feedback, and content moderators who read and classify harmful material so that filters can be trained. Much of this work is on-demand piecework done through platforms and outsourcing firms, with little job security.',
      zh: '训练数据中那些文本和图像的作者，通常没有人征求过他们的意见；还有数据工作者：为微调和评估编写示范答案、标注数据的标注员，为基于人类反馈的强化学习比较模型的回答并排序的评分员，以及阅读有害材料并加以分类、以便训练过滤器的内容审核员。这类工作大多以按需计件的方式，通过众包平台和外包公司完成，几乎没有工作保障。',
    },
  },

  // ── 9 Outlook ─────────────────────────────────────────────────────────────
  {
    id: 'ex-9-1',
    chapter: 'outlook',
    kind: 'choice',
    difficulty: 2,
    sections: ['outlook#scale-and-efficiency'],
    prompt: { en: 'What do scaling laws for language models describe, and what do they not?', zh: '语言模型的缩放定律描述了什么，又没有描述什么？' },
    choices: [
      {
        text: { en: 'How the test loss of the training objective falls, as a power law, with model size, data and compute; not performance on any particular real-world task.', zh: '训练目标的测试损失如何随模型规模、数据量和计算量按幂律下降；而不是在某个具体现实任务上的表现。' },
        correct: true,
        explanation: { en: 'Correct: “larger” does not automatically mean “better at a more complex task”.', zh: '正确：“更大”并不自动意味着“在更复杂的任务上更好”。' },
      },
      {
        text: { en: 'That every ability improves smoothly and predictably with size.', zh: '每一种能力都随规模平滑、可预测地提升。' },
        explanation: { en: 'Some abilities seem to appear only at a certain size and cannot be extrapolated from smaller models.', zh: '有些能力似乎只在达到一定规模后才出现，无法从较小的模型外推。' },
      },
      {
        text: { en: 'That training gets cheaper as models grow.', zh: '模型越大训练越便宜。' },
        explanation: { en: 'Growth is expensive; that is why efficiency is a trend in its own right.', zh: '增长代价高昂；正因如此，效率本身成了一个趋势。' },
      },
      {
        text: { en: 'The legal rules for training large models.', zh: '训练大模型的法律规则。' },
        explanation: { en: 'They are empirical findings about loss, not laws in the legal sense.', zh: '它们是关于损失的经验发现，不是法律意义上的法律。' },
      },
    ],
  },
  {
    id: 'ex-9-2',
    chapter: 'outlook',
    kind: 'choice',
    difficulty: 2,
    sections: ['outlook#privacy-and-security'],
    prompt: {
      en: 'A large model can memorize and reproduce parts of its training data. Which of these is NOT a mitigation named in the chapter?',
      zh: '大模型可能记住并复现训练数据的一部分。下列哪一项不是本章提到的缓解措施？',
    },
    choices: [
      {
        text: { en: 'Filtering and deduplicating the training data.', zh: '过滤训练数据并去重。' },
        explanation: { en: 'Named in the chapter: less personal information and fewer repeated items to memorize.', zh: '本章提到了：减少个人信息和重复内容，可记忆的东西就少了。' },
      },
      {
        text: { en: 'Training with differential privacy.', zh: '用差分隐私进行训练。' },
        explanation: { en: 'Named in the chapter: a training method with formal privacy guarantees.', zh: '本章提到了：一种有形式化隐私保证的训练方法。' },
      },
      {
        text: { en: 'Federated learning on data that stays on users’ devices.', zh: '在留在用户设备上的数据上做联邦学习。' },
        explanation: { en: 'Named in the chapter.', zh: '本章提到了。' },
      },
      {
        text: { en: 'Training for more epochs on the same data.', zh: '在同样的数据上训练更多轮次。' },
        correct: true,
        explanation: { en: 'Correct: more passes over the same data make memorization more likely, not less.', zh: '正确：在同样的数据上训练更多遍只会让记忆更可能发生，而不是更少。' },
      },
    ],
  },
  {
    id: 'ex-9-3',
    chapter: 'outlook',
    kind: 'short',
    difficulty: 2,
    sections: ['outlook#compute-resources', 'outlook#conclusion'],
    prompt: {
      en: 'Why does the cost of training the largest models raise a question of power, and not only of money?',
      zh: '为什么训练最大模型的成本不仅是钱的问题，还是一个权力问题？',
    },
    answer: {
      en: 'When only a few organizations can afford to train the largest models, only they decide how these models are built (which data, which evaluations, which safeguards), and researchers elsewhere have limited means to study them. Because of homogenization, those decisions then affect every application built on the models.',
      zh: '当只有少数机构负担得起训练最大的模型时，只有它们能决定这些模型如何构建（用什么数据、做哪些评估、有哪些保障），其他地方的研究者研究这些模型的手段有限。由于同质化，这些决定还会影响建立在这些模型之上的所有应用。',
    },
  },
];

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}

/** "4.2" from "ex-4-2". */
export function exerciseNumber(id: string): string {
  return id.replace(/^ex-/, '').replace('-', '.');
}
