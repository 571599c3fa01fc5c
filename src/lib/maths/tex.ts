/**
 * TeX → HTML with KaTeX, for the calculators. Imported statically at build
 * time (server rendering) and dynamically in the browser, only once a
 * calculator becomes interactive.
 *
 * KaTeX's HTML is aria-hidden: the MathML beside it is what a screen reader
 * reads (the formula, the terms table's headers, an exercise's solution), so
 * both are written, as rehype-katex does for the prose.
 */
import katex from 'katex';

export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore' });
}
