/**
 * Sections whose facts change with time: each carries an "as of" date, shown
 * under its heading in both editions ("As of December 2026" / "截至 2026 年 12 月")
 * and listed in /links.json (`asOf`). The date is the month the section's facts
 * were last checked against their sources: change it only after checking them
 * again. Checked by src/lib/book/as-of.test.ts (a listed section without a date, or
 * with an id that is not a heading, fails `npm test`, naming this file's line).
 */
import type { AsOfEntry } from '../lib/book/as-of';

export const AS_OF: readonly AsOfEntry[] = [
  // Chapter 6, applications: legal tools and their measured errors
  { id: 'law', asOf: '2026-12' },
  // Chapter 8, society
  { id: 'data-and-documentation', asOf: '2026-12' },
  { id: 'labour', asOf: '2026-12' },
  { id: 'environmental-cost', asOf: '2026-12' },
  { id: 'governance', asOf: '2026-12' },
  { id: 'eu-ai-act', asOf: '2026-12' },
  { id: 'china-generative-ai-measures', asOf: '2026-12' },
  { id: 'voluntary-commitments', asOf: '2026-12' },
  { id: 'governance-compared', asOf: '2026-12' },
  { id: 'copyright-and-liability', asOf: '2026-12' },
  { id: 'release-strategies', asOf: '2026-12' },
  { id: 'misuse-and-security', asOf: '2026-12' },
  { id: 'human-evaluation', asOf: '2026-12' },
  { id: 'concentration-and-cost', asOf: '2026-12' },
  // Chapter 9, outlook
  { id: 'future-trends', asOf: '2026-12' },
  { id: 'reasoning-models', asOf: '2026-12' },
  { id: 'compute-resources', asOf: '2026-12' },
  { id: 'law-and-policy', asOf: '2026-12' },
];

/** The date of a section, if it is time-sensitive. */
export function asOfOf(id: string): string | undefined {
  return AS_OF.find((e) => e.id === id)?.asOf;
}
