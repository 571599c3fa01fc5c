/**
 * Small text helpers of "Cite this section" with no dependencies, for modules
 * that must not load the citation formatter (citeproc): the published
 * inventory, the Cite panel's first paint.
 */

/** "4.2.3 Momentum" → { number: "4.2.3", title: "Momentum" }. */
export function splitNumber(text: string): { number?: string; title: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(\d+(?:\.\d+)+)\s+(.*)$/.exec(t);
  return m ? { number: m[1]!, title: m[2]! } : { title: t };
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
