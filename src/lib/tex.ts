/**
 * TeX → HTML with KaTeX, for the calculators. Imported statically at build
 * time (server rendering) and dynamically in the browser, only once a
 * calculator becomes interactive.
 */
import katex from 'katex';

export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'html', strict: 'ignore' });
}
