/** The `perplexity` worked example (chapter 3) as its own island: only its code loads on its page. */
import { PERPLEXITY_EXAMPLE } from '../lib/examples/example-perplexity';
import { CalcCore, type CalcProps } from './calc-core';

export default function PerplexityCalculator(props: CalcProps) {
  return <CalcCore def={PERPLEXITY_EXAMPLE} {...props} />;
}
