/**
 * A chapter's MDX source read once into one model: its lines, which of them are fenced code
 * (``` or ~~~, whose content is not MDX), its headings (`## Title {/*id*\/}`, h2 to h4, with
 * level, text, id and line) and its tags (`<Example name="mse" />`, with the heading each one
 * follows), the embedded examples and the display equations. The parity check, the link ids, the component headings and the sync guard read
 * headings and tags from here, so there is one heading rule for the book. The model of a source
 * is cached by its text. Pure; no file system.
 */
import { parseEquationComment } from './equations.ts';
import { parseIdComment } from './ids.ts';

export interface ModelHeading {
  level: 2 | 3 | 4;
  /** The heading's text, without the id comment. */
  text: string;
  /**
   * The id of the `{/*id*\/}` comment at the end of the line; undefined when the line has no such
   * comment or the comment is not an id (the parity check reports a heading without an id).
   */
  id: string | undefined;
  /** Whether the line ends with a `{/*…*\/}` comment at all. */
  hasComment: boolean;
  /** 1-based line number in the source. */
  line: number;
}

export interface ModelTag {
  /** The tag name: "Example", "OptimizerPlayground", "ReferenceList", "div" … */
  name: string;
  /** The raw text after the name up to the first `>` (the attributes). */
  attrs: string;
  /** 1-based line number in the source. */
  line: number;
  /** The id of the last heading with an id comment before the tag, if any. */
  after: string | undefined;
}

export interface ModelExample {
  /** "mse", "optimizer-playground", "training", "tiny-lm"; undefined for an `<Example>` without a name. */
  name: string | undefined;
  tag: ModelTag;
}

export interface ModelEquation {
  /** The name of the `{/*eq:name*\/}` line before it, "" when unnamed. */
  name: string;
  /** 1-based line number of its opening `$$`. */
  line: number;
}

/** The tags that embed an example, and the example's name when the tag fixes it (else its `name` attribute). */
export const EXAMPLE_TAGS: Readonly<Record<string, string | null>> = {
  Example: null,
  OptimizerPlayground: 'optimizer-playground',
  TrainingExample: 'training',
  TinyLmLab: 'tiny-lm',
};

export interface ContentModel {
  /** The source's lines (split on \n, \r\n or \r). */
  lines: readonly string[];
  /** For each line: inside a fenced code block, or one of its fence lines. */
  code: readonly boolean[];
  /** The headings outside code, in document order. */
  headings: readonly ModelHeading[];
  /** The tags outside code (`<Name …`), in document order. */
  tags: readonly ModelTag[];
  /** The embedded examples (tags of EXAMPLE_TAGS), in document order. */
  examples: readonly ModelExample[];
  /** The display equations (`$$` blocks outside code), in document order. */
  equations: readonly ModelEquation[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^(#{2,4})\s+(.*?)\s*\{(\/\*.*?\*\/)\}\s*$/;
const HEADING_NO_COMMENT = /^(#{2,4})\s+(.*?)\s*$/;
const TAG = /<(\w+)\b([^>]*)/g;

function build(src: string): ContentModel {
  const lines = src.split(/\r\n?|\n/);
  const code: boolean[] = [];
  const headings: ModelHeading[] = [];
  const tags: ModelTag[] = [];
  let fence: string | null = null;
  let after: string | undefined;
  const equations: ModelEquation[] = [];
  let inMath = false;
  let pendingName = '';
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]!.startsWith(fence)) fence = null;
      code.push(true);
      return;
    }
    if (f) {
      fence = f[1]!;
      code.push(true);
      return;
    }
    code.push(false);
    const h = HEADING.exec(line);
    const plain = h ? null : HEADING_NO_COMMENT.exec(line);
    if (h || plain) {
      const m = (h ?? plain)!;
      const id = h ? parseIdComment(h[3]!) : undefined;
      headings.push({ level: m[1]!.length as 2 | 3 | 4, text: m[2]!, id, hasComment: Boolean(h), line: i + 1 });
      if (id !== undefined) after = id;
    }
    for (const t of line.matchAll(TAG)) tags.push({ name: t[1]!, attrs: t[2] ?? '', line: i + 1, after });
    // An equation's name: a line that is only `{/*eq:name*\/}`, before its `$$`.
    const eq = /^\s*\{(\/\*.*?\*\/)\}\s*$/.exec(line);
    const eqName = eq ? parseEquationComment(eq[1]!) : undefined;
    if (eqName !== undefined) pendingName = eqName;
    // Display math: a line that opens (or opens and closes) a $$ block.
    const dollars = (line.match(/\$\$/g) ?? []).length;
    if (dollars > 0) {
      if (!inMath) {
        equations.push({ name: pendingName, line: i + 1 });
        pendingName = '';
      }
      if (dollars % 2 === 1) inMath = !inMath;
    }
  });
  const examples = tags.flatMap((tag) =>
    Object.hasOwn(EXAMPLE_TAGS, tag.name) ? [{ name: EXAMPLE_TAGS[tag.name] ?? /\bname="([^"]+)"/.exec(tag.attrs)?.[1], tag }] : [],
  );
  return { lines, code, headings, tags, examples, equations };
}

const CACHE = new Map<string, ContentModel>();
const CACHE_SIZE = 256;

/** The model of an MDX source (cached by its text: both editions' chapters fit). */
export function contentModel(src: string): ContentModel {
  const hit = CACHE.get(src);
  if (hit) return hit;
  const model = build(src);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(src, model);
  return model;
}
