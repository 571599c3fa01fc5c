/**
 * The bench's anchor: the same Transformer written the idiomatic way, with TensorFlow.js's Layers API
 * (`tf.layers`, `tf.model`, `compile`, `trainOnBatch`) and `tf.train.adam`. The Layers API has no
 * multi-head or causal attention layer, so attention is a small custom layer without weights (the
 * projections are `tf.layers.dense`), and the position embedding a custom layer holding one weight.
 * Adam without weight decay (tf.train has no AdamW). Used only by `npm run bench:lm`.
 */
import type * as tfl from '@tensorflow/tfjs';

type TFL = typeof tfl;

export interface AnchorShape {
  layers: number;
  heads: number;
  width: number;
  context: number;
  vocabulary: number;
}

export function idiomaticModel(tf: TFL, s: AnchorShape, lr: number): tfl.LayersModel {
  const d = s.width;
  const h = s.heads;
  const dh = d / h;
  const t = s.context;

  class PositionEmbedding extends tf.layers.Layer {
    static className = 'PositionEmbedding';
    private table!: tfl.LayerVariable;
    override build(): void {
      this.table = this.addWeight('positions', [t, d], 'float32', tf.initializers.randomNormal({ stddev: 0.02 }));
    }
    override call(inputs: tfl.Tensor | tfl.Tensor[]): tfl.Tensor {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      return tf.add(x, this.table.read());
    }
  }

  class CausalAttention extends tf.layers.Layer {
    static className = 'CausalAttention';
    override computeOutputShape(shape: tfl.Shape | tfl.Shape[]): tfl.Shape {
      const sh = (Array.isArray(shape[0]) ? shape[0] : shape) as tfl.Shape;
      return [sh[0]!, sh[1]!, d];
    }
    override call(inputs: tfl.Tensor | tfl.Tensor[]): tfl.Tensor {
      return tf.tidy(() => {
        const qkv = Array.isArray(inputs) ? inputs[0]! : inputs;
        const b = qkv.shape[0]!;
        const [q, k, v] = tf.split(qkv, 3, 2).map((z) => tf.transpose(tf.reshape(z, [b, t, h, dh]), [0, 2, 1, 3]));
        const mask = tf.linalg.bandPart(tf.ones([t, t]), -1, 0);
        const scores = tf.add(tf.div(tf.matMul(q!, k!, false, true), Math.sqrt(dh)), tf.mul(tf.sub(1, mask), -1e9));
        const out = tf.matMul(tf.softmax(scores, -1), v!);
        return tf.reshape(tf.transpose(out, [0, 2, 1, 3]), [b, t, d]);
      });
    }
  }

  const init = tf.initializers.randomNormal({ stddev: 0.02 });
  const input = tf.input({ shape: [t], dtype: 'int32' });
  let x = tf.layers.embedding({ inputDim: s.vocabulary, outputDim: d, embeddingsInitializer: init }).apply(input) as tfl.SymbolicTensor;
  x = new PositionEmbedding({}).apply(x) as tfl.SymbolicTensor;
  for (let l = 0; l < s.layers; l++) {
    const a = tf.layers.layerNormalization({ epsilon: 1e-5 }).apply(x) as tfl.SymbolicTensor;
    const qkv = tf.layers.dense({ units: 3 * d, kernelInitializer: init }).apply(a) as tfl.SymbolicTensor;
    const att = new CausalAttention({}).apply(qkv) as tfl.SymbolicTensor;
    const proj = tf.layers.dense({ units: d, kernelInitializer: init }).apply(att) as tfl.SymbolicTensor;
    x = tf.layers.add().apply([x, proj]) as tfl.SymbolicTensor;
    const c = tf.layers.layerNormalization({ epsilon: 1e-5 }).apply(x) as tfl.SymbolicTensor;
    const hidden = tf.layers.dense({ units: 4 * d, activation: 'gelu', kernelInitializer: init }).apply(c) as tfl.SymbolicTensor;
    const ff = tf.layers.dense({ units: d, kernelInitializer: init }).apply(hidden) as tfl.SymbolicTensor;
    x = tf.layers.add().apply([x, ff]) as tfl.SymbolicTensor;
  }
  x = tf.layers.layerNormalization({ epsilon: 1e-5 }).apply(x) as tfl.SymbolicTensor;
  const probs = tf.layers.dense({ units: s.vocabulary, activation: 'softmax', kernelInitializer: init }).apply(x) as tfl.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: probs });
  model.compile({ optimizer: tf.train.adam(lr), loss: 'sparseCategoricalCrossentropy' });
  return model;
}
