/**
 * The seed's Keras program, line by line in TensorFlow.js's Layers API.
 * (The lab itself runs an optimised version of the same training: train.ts.)
 */
import * as tf from '@tensorflow/tfjs';

export async function main(samples = 1000, epochs = 10) {
  // Create the model
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ units: 128, activation: 'relu', inputShape: [784] }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });

  // Configure the compiler
  model.compile({
    optimizer: 'adam',
    loss: 'sparseCategoricalCrossentropy',
    metrics: ['accuracy'],
  });

  // Prepare the data
  const xTrain = tf.randomUniform([samples, 784]);
  const yTrain = tf.floor(tf.randomUniform([samples], 0, 10)); // integers 0–9 (as float32, which the loss expects)

  // Train the model
  const history = await model.fit(xTrain, yTrain, { epochs, verbose: 0 });

  // Evaluate the model
  const [testLoss, testAcc] = model.evaluate(xTrain, yTrain, { verbose: 0 }) as tf.Scalar[];
  console.log('\nTest accuracy:', testAcc!.dataSync()[0]);

  return { model, history, testLoss: testLoss!, testAcc: testAcc!, xTrain, yTrain };
}
