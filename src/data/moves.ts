/**
 * Declared moves: where a published id went (src/lib/book/ledger.ts). A moved id
 * keeps working: `#old` lands on the new place (an anchor with the old id is
 * added there), `/go/old/` opens the new place, `objects.inv` and `/links.json`
 * list the old name, and a moved page's old URL redirects. The build fails on a
 * move to an id that does not exist, a chain or cycle of moves, or an old id
 * that is an id of the book again. Moves feed the changelog (/en/changes/).
 */
import type { Move } from '../lib/book/ledger';

export const MOVES: readonly Move[] = [
  {
    from: 'environment',
    to: 'development-environment',
    edition: '2',
    reason: {
      en: 'The section sets up the development environment (Python, TensorFlow). The second edition adds a section on the environmental cost of foundation models (environmental-cost); a course linking to "environment" could mean either, so the set-up section now has an unambiguous id.',
      zh: '该节讲的是开发环境的搭建（Python、TensorFlow）。第二版新增了关于基础模型环境代价的一节（environmental-cost）；指向 “environment” 的课程链接可能被理解为其中任何一个，因此搭建开发环境一节改用不会混淆的 id。',
    },
  },
];
