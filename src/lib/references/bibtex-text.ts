/**
 * BibTeX field text, without dependencies (the Cite panel's formatter and the
 * bibliography's export share it; src/lib/references/citation.ts re-exports it).
 */
const TEX: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '"': '{"}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  // In TeX's default (OT1) font the characters < and > print as ¡ and ¿.
  '<': '{\\textless}',
  '>': '{\\textgreater}',
};

/** A text field's value for BibTeX: TeX specials escaped, braces balanced, Unicode kept. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}%&#$_"~^<>]/g, (c) => TEX[c]!);
}

/** A URL in running text (a `note`): only the characters TeX would misread are escaped. */
export function bibtexUrlText(url: string): string {
  return url.replace(/[\\{}%&#$_~^]/g, (c) => TEX[c]!);
}

