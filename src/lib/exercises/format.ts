/** Numbers of the exercises as text and as TeX (one place, like src/lib/maths/numbers.ts for the calculators). */
import { formatNumber } from '../maths/numbers';

/** A number as TeX, parenthesised when negative, exponent as × 10^k. */
export function texNum(x: number, digits = 6): string {
  const s = formatNumber(x, digits);
  if (s.includes('e')) return `(${s.replace(/e(-?\d+)$/, ' \\times 10^{$1}')})`;
  return x < 0 ? `(${s})` : s;
}

export function texVec(xs: readonly number[], digits = 6): string {
  return `[${xs.map((x) => texNum(x, digits)).join(', ')}]`;
}

/** A matrix as a TeX bmatrix. */
export function texMatrix(rows: readonly (readonly (number | null)[])[], digits = 4): string {
  return `\\begin{bmatrix}${rows.map((r) => r.map((x) => (x === null ? '-\\infty' : formatNumber(x, digits))).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** Plain text: "[1, -0.5, 2]" or "[[1, 0], [0, 1]]". */
export function textValue(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (Array.isArray(v)) return `[${v.map(textValue).join(', ')}]`;
  return String(v);
}

/** An answer as readers type it: "0.25" or "0.1, 0.2". */
export function answerText(v: number | readonly number[], digits = 6): string {
  return typeof v === 'number' ? formatNumber(v, digits) : v.map((x) => formatNumber(x, digits)).join(', ');
}

/**
 * One relation per line: a solution line with several top-level `=` (outside
 * braces) becomes its first relation, then one `= …` line per further step,
 * so that a worked solution fits the column instead of scrolling sideways.
 */
export function relationLines(tex: string): string[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '=' && depth === 0) cuts.push(i);
  }
  if (cuts.length < 2) return [tex];
  const out = [tex.slice(0, cuts[1]).trim()];
  cuts.slice(1).forEach((at, k) => out.push(tex.slice(at, cuts[k + 2] ?? tex.length).trim()));
  return out;
}
