/** The `attention` worked example (chapter 3) as its own island: only its code loads on its page. */
import { ATTENTION_EXAMPLE } from '../lib/examples/example-attention';
import { CalcCore, type CalcProps } from './calc-core';

export default function AttentionCalculator(props: CalcProps) {
  return <CalcCore def={ATTENTION_EXAMPLE} {...props} />;
}
