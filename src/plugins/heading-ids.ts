/**
 * remark plugin: explicit, language-neutral heading ids and section numbers.
 *
 * Authors write `## 均方误差 {/*mse*\/}` (an MDX comment, as react.dev does).
 * The plugin removes the comment, sets the heading's id, and prefixes h2/h3
 * with a section number taken from the book outline (chapter number + position),
 * so "§4.2" is the same section in both languages.
 *
 * A heading h2–h4 without an id, an id that is not ASCII kebab-case, or an id
 * used twice in a file fails the build with the file and the id.
 */
import type { Heading, Root, RootContent, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { chapterBySlug, type Lang } from '../lib/book/book';
import { ID_PATTERN, parseIdComment } from '../lib/book/ids';

interface VFileLike {
  path?: string;
  history?: string[];
}

function fileOf(file: VFileLike): string {
  return file.path ?? file.history?.[0] ?? '<unknown file>';
}

/** The edition of a content path such as …/content/en/math.mdx. */
export function langFromPath(path: string): Lang | undefined {
  const m = /content\/(en|zh)\//.exec(path.replace(/\\/g, '/'));
  return m ? (m[1] as Lang) : undefined;
}

/** The chapter slug from a content path such as …/content/en/math.mdx. */
export function slugFromPath(path: string): string | undefined {
  const m = /content\/(?:en|zh)\/([^/]+)\.mdx?$/.exec(path.replace(/\\/g, '/'));
  return m?.[1];
}

export class HeadingIdError extends Error {}

export function remarkHeadingIds() {
  return (tree: Root, file: VFileLike) => {
    const path = fileOf(file);
    const slug = slugFromPath(path);
    if (slug === undefined) return; // only our book's chapters
    const chapter = chapterBySlug(slug);
    const seen = new Set<string>();
    let h2 = 0;
    let h3 = 0;
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth < 2 || node.depth > 4) return;
      const last = node.children[node.children.length - 1] as PhrasingContent | RootContent | undefined;
      const id =
        last && (last.type as string) === 'mdxTextExpression'
          ? parseIdComment((last as unknown as { value: string }).value)
          : undefined;
      const text = node.children
        .map((c) => ('value' in c ? String(c.value) : ''))
        .join('')
        .trim();
      if (id === undefined) {
        throw new HeadingIdError(
          `${path}: heading "${text}" has no explicit id. Write it as "${'#'.repeat(node.depth)} ${text} {/*some-id*/}".`,
        );
      }
      if (!ID_PATTERN.test(id)) {
        throw new HeadingIdError(`${path}: heading id "${id}" must be lower-case ASCII kebab-case.`);
      }
      if (seen.has(id)) {
        throw new HeadingIdError(`${path}: heading id "${id}" is used twice in this file.`);
      }
      seen.add(id);
      node.children.pop();
      // Trim the space that preceded the comment.
      const prev = node.children[node.children.length - 1];
      if (prev && prev.type === 'text') prev.value = prev.value.replace(/\s+$/, '');
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...(data.hProperties ?? {}), id } } as Heading['data'];
      if (chapter?.number != null && node.depth <= 3) {
        let num: string;
        if (node.depth === 2) {
          h2 += 1;
          h3 = 0;
          num = `${chapter.number}.${h2}`;
        } else {
          h3 += 1;
          num = `${chapter.number}.${h2}.${h3}`;
        }
        node.children.unshift({ type: 'text', value: `${num} ` });
      }
    });
  };
}
