/**
 * The depth rule's numbers and exemptions (checked by src/lib/checks/depth.test.ts
 * with the counting in src/lib/checks/depth.ts). Edit here, not in the test.
 */
import type { DepthRules } from '../lib/checks/depth';

export const DEPTH_RULES: DepthRules = {
  // Issue 14: "every h3 section, and every h2 section without h3 subsections,
  // has at least 120 English words (Chinese in proportion)".
  minWords: 120,
  // Han characters per English word, measured on the book itself by
  // measureHanPerWord (median over the section pairs with ≥ 40 translated
  // words): 1.72 over 58 pairs on the first edition (2026-11-29). The test
  // checks that the book's ratio stays within 15 % of this figure.
  hanPerWord: 1.7,
  exemptPages: [
    { page: 'references', reason: 'the bibliography and link lists (issue 14: "references chapter excepted")' },
    { page: 'errata', reason: 'an appendix rendered from src/data/errata.ts' },
    { page: 'glossary', reason: 'an appendix rendered from src/data/glossary.ts' },
  ],
  // Every section first published in the third edition or later cites at
  // least one source (<Cite id>) in both editions.
  citeFromEdition: 3,
  exemptSections: [
    {
      id: 'exercises-*',
      reason: 'exercise sections are rendered from src/data/exercises.ts by a component: their prose is not in the MDX',
    },
  ],
};
