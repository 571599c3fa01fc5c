/**
 * The chapter 4 calculators (mse, cross-entropy, gd, sgd, momentum) as one island:
 * the generic component with their definitions from src/lib/examples.
 */
import { calculatorDef, type ExampleName } from '../lib/examples/examples';
import { CalcCore, type CalcProps } from './calc-core';

export default function Calculator({ name, ...props }: CalcProps & { name: ExampleName }) {
  return <CalcCore def={calculatorDef(name)} {...props} />;
}
