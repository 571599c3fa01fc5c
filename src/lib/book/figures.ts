/**
 * The pure part of `npm run figures` (e2e/tools/figures.ts), which writes docs/figures.md:
 * counting a page's elements, formatting sizes, and the Markdown tables. No file system.
 */
import type { Element, Root, RootContent } from 'hast';

/** 1 KB = 1024 bytes, as e2e/budgets.spec.ts counts. */
export const KB = 1024;

/** Bytes as the docs quote them: "812 B", "14.2 KB", "3.1 MB". */
export function formatBytes(n: number): string {
  if (n < KB) return `${n} B`;
  if (n < KB * KB) return `${(n / KB).toFixed(1)} KB`;
  return `${(n / KB / KB).toFixed(1)} MB`;
}

/** An integer with thousands separators, the way the English docs write them: 14,745. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** The first element with this tag name, depth first (document order). */
export function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The elements inside a node, the node itself not counted: what
 * `node.querySelectorAll('*').length` gives in a browser for static HTML (a <template>'s
 * content, a separate fragment in the browser, is not counted).
 */
export function countElements(node: Root | Element): number {
  let n = 0;
  const visit = (children: RootContent[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      n++;
      visit(child.children);
    }
  };
  visit(node.children);
  return n;
}

/**
 * A Markdown table. `align` gives each column's alignment ('r' for figures); cells
 * are escaped so that a `|` in a value does not split its row.
 */
export function markdownTable(head: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

/**
 * Files grouped by their first path segment ("en/math/" → "en/", "_astro/x.js" → "_astro/"); files at
 * the top level ("", "favicon.svg", "links.json") fall under "". Groups in order of first appearance.
 */
export function bySegment(files: readonly { url: string; size: number }[]): Map<string, { files: number; size: number }> {
  const groups = new Map<string, { files: number; size: number }>();
  for (const f of files) {
    const slash = f.url.indexOf('/');
    const key = slash < 0 ? '' : f.url.slice(0, slash + 1);
    const g = groups.get(key) ?? { files: 0, size: 0 };
    g.files++;
    g.size += f.size;
    groups.set(key, g);
  }
  return groups;
}
