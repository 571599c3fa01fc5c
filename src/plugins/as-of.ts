/**
 * remark plugin: the "as of" line under the heading of each time-sensitive
 * section (src/data/as-of.ts), in the page's language:
 * `<p class="as-of"><time datetime="2026-12">As of December 2026</time></p>`.
 * Plain HTML, so it reads without JavaScript, in print and in the PDFs.
 * Runs after remarkHeadingIds, which sets the heading ids.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { langFromPath, slugFromPath } from './heading-ids';
import { asOfLabel } from '../lib/book/as-of';
import { AS_OF } from '../data/as-of';

interface VFileLike {
  path?: string;
  history?: string[];
}

function headingId(node: RootContent): string | undefined {
  if (node.type !== 'heading') return undefined;
  const id = (node as Heading).data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

export function remarkAsOf(entries = AS_OF) {
  const dates = new Map(entries.filter((e) => e.asOf).map((e) => [e.id, e.asOf!]));
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const lang = langFromPath(path);
    if (!lang || slugFromPath(path) === undefined) return;
    for (let i = tree.children.length - 1; i >= 0; i--) {
      const id = headingId(tree.children[i]!);
      const date = id === undefined ? undefined : dates.get(id);
      if (date === undefined) continue;
      const line: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['as-of'] } },
        children: [
          {
            type: 'emphasis',
            data: { hName: 'time', hProperties: { dateTime: date } },
            children: [{ type: 'text', value: asOfLabel(date, lang) }],
          },
        ],
      };
      tree.children.splice(i + 1, 0, line);
    }
  };
}
