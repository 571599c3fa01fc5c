/** The `adam` worked example (chapter 4) as its own island: only its code loads on its page. */
import { ADAM_EXAMPLE } from '../lib/examples/example-adam';
import { CalcCore, type CalcProps } from './calc-core';

export default function AdamCalculator(props: CalcProps) {
  return <CalcCore def={ADAM_EXAMPLE} {...props} />;
}
