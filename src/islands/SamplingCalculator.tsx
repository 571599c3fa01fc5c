/** The `sampling` worked example (chapter 3) as its own island: only its code loads on its page. */
import { SAMPLING_EXAMPLE } from '../lib/examples/example-sampling';
import { CalcCore, type CalcProps } from './calc-core';

export default function SamplingCalculator(props: CalcProps) {
  return <CalcCore def={SAMPLING_EXAMPLE} {...props} />;
}
