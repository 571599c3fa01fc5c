/**
 * rehype plugin, placed after rehype-katex.
 * - KaTeX reports malformed math as a file message and renders it in red. A
 *   book must not ship that, so the build fails, naming the file and the line.
 * - A wide display equation scrolls inside its own box; a scrollable region
 *   must be reachable from the keyboard, so display math gets tabindex="0".
 *   Tables scroll inside their own box too (Starlight's table style), so they
 *   get tabindex="0" as well (axe: scrollable-region-focusable).
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

interface Msg {
  source?: string | null;
  reason?: string;
  line?: number | null;
}
interface VFileLike {
  path?: string;
  messages: Msg[];
}

export function rehypeMathStrict() {
  return (tree: Root, file: VFileLike) => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length > 0) {
      const where = bad.map((m) => `line ${m.line ?? '?'}: ${m.reason ?? ''}`).join('; ');
      throw new Error(`${file.path ?? '<unknown file>'}: malformed math (${where})`);
    }
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-display')) node.properties.tabIndex = 0;
      else if (node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 };
    });
  };
}
