/** The `positional-encoding` worked example (chapter 3) as its own island: only its code loads on its page. */
import { POSITIONAL_ENCODING_EXAMPLE } from '../lib/examples/example-positional-encoding';
import { CalcCore, type CalcProps } from './calc-core';

export default function PositionalEncodingCalculator(props: CalcProps) {
  return <CalcCore def={POSITIONAL_ENCODING_EXAMPLE} {...props} />;
}
