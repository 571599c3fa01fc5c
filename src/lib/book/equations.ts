/**
 * Display equations: numbered per chapter, "(4.1)", "(4.2)"…, the same numbers
 * in both editions (the parity check keeps their count and names equal).
 *
 * An author names an equation with an MDX comment on the line right before the
 * `$$` block:
 *
 *     {/*eq:mse*\/}
 *     $$
 *     \mathrm{MSE} = …
 *     $$
 *
 * Its id is then `eq-mse`; an unnamed equation gets `eq-<chapter>-<k>`
 * (`eq-4-3` for (4.3)), so every equation id is unique site-wide.
 */
import { ID_PATTERN } from './ids.ts';

/** The name in `/*eq:mse*\/` (the inside of `{/*eq:mse*\/}`); undefined if it is not an equation name. */
export function parseEquationComment(value: string): string | undefined {
  const m = /^\s*\/\*\s*eq:\s*([^*]*?)\s*\*\/\s*$/.exec(value);
  return m ? m[1] : undefined;
}

export function isEquationName(name: string): boolean {
  return ID_PATTERN.test(name);
}

/** "4.3" for the third equation of chapter 4; "3" in an unnumbered appendix. */
export function equationNumber(chapter: number | null, index: number): string {
  return chapter === null ? String(index) : `${chapter}.${index}`;
}

/**
 * The element id: `eq-<name>` when named, else `eq-<chapter>-<k>` (or
 * `eq-<slug>-<k>` in an unnumbered appendix).
 */
export function equationId(name: string | undefined, chapter: number | null, slug: string, index: number): string {
  if (name) return `eq-${name}`;
  return chapter === null ? `eq-${slug}-${index}` : `eq-${chapter}-${index}`;
}
