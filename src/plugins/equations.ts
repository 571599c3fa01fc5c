/**
 * Numbered, linkable display equations (see src/lib/book/equations.ts for the rules).
 *
 * - `remarkEquationNames` reads the `{/*eq:name*\/}` comment that precedes a
 *   `$$` block, removes it and records the name on the math node. A name that
 *   is not kebab-case, a name used twice in a file, or a comment not followed by
 *   display math fails the build, naming the file.
 * - `rehypeEquationNumbers` (placed BEFORE rehype-katex) wraps every display
 *   equation in `<div class="equation" id="eq-…">` with its number "(4.1)" at
 *   the right, a link to the equation itself. It also fills empty links to an
 *   equation, `[](#eq-mse)`, with the number: "(4.1)".
 */
import type { Root as MdastRoot, Parent as MdastParent } from 'mdast';
import type { Root as HastRoot, Element, ElementContent, Parent as HastParent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { chapterBySlug } from '../lib/book/book';
import { equationId, equationNumber, isEquationName, parseEquationComment } from '../lib/book/equations';
import { slugFromPath } from './heading-ids';

interface VFileLike {
  path?: string;
  history?: string[];
}
const fileOf = (file: VFileLike) => file.path ?? file.history?.[0] ?? '<unknown file>';

export class EquationError extends Error {}

export function remarkEquationNames() {
  return (tree: MdastRoot, file: VFileLike) => {
    const path = fileOf(file);
    if (slugFromPath(path) === undefined) return;
    const seen = new Set<string>();
    visit(tree, (node, index, parent) => {
      if ((node.type as string) !== 'mdxFlowExpression' || parent === undefined || index === undefined) return;
      const name = parseEquationComment((node as unknown as { value: string }).value);
      if (name === undefined) return;
      if (!isEquationName(name)) {
        throw new EquationError(`${path}: equation name "${name}" must be lower-case ASCII kebab-case.`);
      }
      if (seen.has(name)) throw new EquationError(`${path}: equation name "${name}" is used twice in this file.`);
      seen.add(name);
      const next = (parent as MdastParent).children[index + 1];
      if (!next || next.type !== 'math') {
        throw new EquationError(
          `${path}: {/*eq:${name}*/} must be followed directly by a display equation ($$ … $$).`,
        );
      }
      const data = (next.data ?? {}) as { hProperties?: Record<string, unknown> };
      next.data = { ...data, hProperties: { ...(data.hProperties ?? {}), dataEqName: name } } as typeof next.data;
      (parent as MdastParent).children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

const LABEL = { en: 'Equation', zh: '公式' } as const;

function classes(el: Element): string[] {
  const c = el.properties?.className as unknown;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function isDisplayMath(el: Element): boolean {
  if (el.tagName !== 'pre') return false;
  return el.children.some((c) => c.type === 'element' && c.tagName === 'code' && classes(c).includes('math-display'));
}

export function rehypeEquationNumbers() {
  return (tree: HastRoot, file: VFileLike) => {
    const path = fileOf(file);
    const slug = slugFromPath(path);
    if (slug === undefined) return;
    const lang = /content\/zh\//.test(path.replace(/\\/g, '/')) ? 'zh' : 'en';
    const chapter = chapterBySlug(slug)?.number ?? null;
    const numbers = new Map<string, string>();
    let k = 0;
    visit(tree, 'element', (el: Element, index, parent) => {
      if (!isDisplayMath(el) || parent === undefined || index === undefined) return;
      k += 1;
      const name = el.properties?.dataEqName as string | undefined;
      if (el.properties) delete el.properties.dataEqName;
      const id = equationId(name, chapter, slug, k);
      const num = equationNumber(chapter, k);
      numbers.set(id, num);
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['equation'], id, dataEquation: num },
        children: [
          el,
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['eq-number'], href: `#${id}`, ariaLabel: `${LABEL[lang]} (${num})` },
            children: [{ type: 'text', value: `(${num})` }],
          },
        ],
      };
      (parent as HastParent).children.splice(index, 1, wrapper as ElementContent);
      return SKIP;
    });
    // `[](#eq-mse)` → "(4.1)".
    visit(tree, 'element', (el: Element) => {
      if (el.tagName !== 'a' || el.children.length > 0) return;
      const href = String(el.properties?.href ?? '');
      const m = /^#(eq-[a-z0-9-]+)$/.exec(href);
      if (!m) return;
      const num = numbers.get(m[1]!);
      if (num === undefined) throw new EquationError(`${path}: link to equation "${m[1]}", which this page does not have.`);
      el.children = [{ type: 'text', value: `(${num})` }];
      el.properties = { ...el.properties, className: [...classes(el), 'eq-ref'] };
    });
  };
}
