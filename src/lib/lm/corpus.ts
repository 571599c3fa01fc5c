/**
 * The tiny language model's corpus: the prose of both editions, extracted from the MDX sources at
 * build time (src/pages/lm/corpus.json.ts), split into training and validation parts by whole
 * sections, and the character vocabulary.
 *
 * Extraction (`proseOf`): drops the front matter, import/export lines, fenced code blocks, display
 * and inline maths, inline code, MDX comments and expressions, self-closing components (citations,
 * examples) and tables; keeps the text inside components such as `<Term>` and links; removes
 * Markdown markup (headings' `#`, emphasis, list markers, block quotes); collapses white space
 * (one newline between paragraphs).
 *
 * Sections: the text under each h2 and h3 heading up to the next one (the chapter's opening text
 * counts as a section named after the chapter). The validation set: in each chapter of the English
 * edition, the sections i (0 = the opening text) with i % VALIDATION_EVERY === VALIDATION_OFFSET, or
 * the last section of a chapter with fewer sections; the same sections (by heading id; the editions
 * have the same ids) are held out in Chinese, so no held-out paragraph is trained on in either language.
 *
 * Vocabulary: every character occurring at least MIN_COUNT times in the whole book (both
 * editions), sorted by code point, after the `<unk>` id 0; every other character (and every
 * character of the reader's own text not in the book's vocabulary) maps to `<unk>`.
 */

export const UNK = '<unk>';
/** A character occurs at least this often in the book to get its own id. */
export const MIN_COUNT = 3;
/** In each chapter, sections i with i % VALIDATION_EVERY === VALIDATION_OFFSET are held out (0 = the opening text). */
export const VALIDATION_EVERY = 6;
export const VALIDATION_OFFSET = 3;
/** Chapters whose prose is in the corpus (the reference list and glossary are lists, not prose). */
export const EXCLUDED_CHAPTERS = ['references', 'glossary'] as const;

export interface CorpusSection {
  lang: 'en' | 'zh';
  chapter: string;
  /** Heading id (the chapter's slug for the text before the first heading). */
  id: string;
  title: string;
  validation: boolean;
  text: string;
}

export interface Corpus {
  format: 'fm-lm-corpus';
  version: 1;
  minCount: number;
  /** Index = token id; 0 is `<unk>`. */
  vocabulary: string[];
  sections: CorpusSection[];
}

/** The prose of a line of MDX (inline part): components, links, maths, code and markup removed. */
function inlineProse(line: string): string {
  let s = line;
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''); // MDX comments (heading ids)
  s = s.replace(/`[^`]*`/g, ''); // inline code
  s = s.replace(/(^|[^\\$])\$(?!\s)[^$\n]*?[^\\\s]\$(?!\d)/g, '$1'); // inline maths
  s = s.replace(/(^|[^\\$])\$[^$\s]\$/g, '$1'); // one-character inline maths
  s = s.replace(/<[A-Za-z][^<>]*\/>/g, ''); // self-closing components
  s = s.replace(/<\/?[A-Za-z][^<>]*>/g, ''); // other tags (their text is kept)
  s = s.replace(/\{[^{}]*\}/g, ''); // expressions
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // links
  s = s.replace(/\*\*|__|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ''); // emphasis
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!$|<>])/g, '$1'); // escapes
  s = s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  s = s.replace(/[ \t]+/g, ' ');
  // A space left before punctuation by a removed citation or formula.
  s = s.replace(/ +([.,;:!?)\]。，；：！？、）])/g, '$1');
  return s.trim();
}

export interface RawSection {
  id: string;
  title: string;
  text: string;
}

/** Splits one MDX file into its sections' prose (in order). */
export function proseOf(mdx: string, chapter: string): RawSection[] {
  const lines = mdx.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]!.trim() !== '---') i++;
    i++;
  }
  const sections: RawSection[] = [{ id: chapter, title: chapter, text: '' }];
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    paragraph = [];
    if (!text) return;
    const s = sections[sections.length - 1]!;
    s.text = s.text ? `${s.text}\n${text}` : text;
  };
  let fence: string | null = null;
  let math = false;
  let jsxDepth = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (fence !== null) {
      if (line.startsWith(fence)) fence = null;
      continue;
    }
    const f = /^(`{3,}|~{3,})/.exec(line);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    if (math) {
      if (line.endsWith('$$')) math = false;
      continue;
    }
    if (line.startsWith('$$')) {
      flush();
      if (!(line.length > 2 && line.endsWith('$$'))) math = true;
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    if (jsxDepth > 0 || /^\{\/\*/.test(line)) {
      // A multi-line MDX comment or JSX attribute block.
      if (line.includes('*/}') || (jsxDepth > 0 && /\/?>$/.test(line))) jsxDepth = 0;
      else if (jsxDepth === 0) jsxDepth = 1;
      continue;
    }
    if (/^<[A-Za-z][^>]*$/.test(line)) {
      flush();
      jsxDepth = 1; // a component whose attributes span lines
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*(?:\{\/\*\s*([a-z0-9-]+)\s*\*\/\})?\s*$/.exec(line);
    if (h) {
      flush();
      const level = h[1]!.length;
      const title = inlineProse(h[2]!);
      if ((level === 2 || level === 3) && h[3]) sections.push({ id: h[3], title, text: '' });
      else paragraph.push(title);
      flush();
      continue;
    }
    if (line === '') {
      flush();
      continue;
    }
    if (/^\|/.test(line)) {
      flush(); // tables are data, not prose
      continue;
    }
    const body = line.replace(/^>\s?/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, '');
    if (/^<\/?[A-Za-z][^>]*>$/.test(body) && !/<\/[A-Za-z]+>$/.test(body.replace(/^<[^>]*>/, ''))) {
      flush();
      continue; // a line that is only a component tag
    }
    if (/^(?:[-*+]|\d+[.)])\s+/.test(line) || /^>/.test(line)) flush();
    const text = inlineProse(body);
    if (text) paragraph.push(text);
  }
  flush();
  return sections.filter((s) => s.text.length > 0);
}

/** The vocabulary of a text: characters occurring ≥ minCount times, by code point, after `<unk>`. */
export function buildVocabulary(texts: readonly string[], minCount = MIN_COUNT): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const chars = [...counts].filter(([, n]) => n >= minCount).map(([c]) => c);
  chars.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  return [UNK, ...chars];
}

/** Builds the corpus from the MDX sources: `sources[lang][slug]` in book order. */
export function buildCorpus(sources: Record<'en' | 'zh', { slug: string; mdx: string }[]>): Corpus {
  const excluded = new Set<string>(EXCLUDED_CHAPTERS);
  const en = sources.en.filter((c) => !excluded.has(c.slug)).map((c) => ({ slug: c.slug, sections: proseOf(c.mdx, c.slug) }));
  const zh = sources.zh.filter((c) => !excluded.has(c.slug)).map((c) => ({ slug: c.slug, sections: proseOf(c.mdx, c.slug) }));
  const held = new Set<string>();
  for (const c of en) {
    const n = c.sections.length;
    if (n < 2) continue;
    if (n <= VALIDATION_OFFSET) held.add(`${c.slug}#${c.sections[n - 1]!.id}`);
    c.sections.forEach((s, i) => {
      if (i % VALIDATION_EVERY === VALIDATION_OFFSET) held.add(`${c.slug}#${s.id}`);
    });
  }
  const sections: CorpusSection[] = [];
  for (const [lang, chapters] of [['en', en], ['zh', zh]] as const)
    for (const c of chapters)
      for (const s of c.sections)
        sections.push({ lang, chapter: c.slug, id: s.id, title: s.title, validation: held.has(`${c.slug}#${s.id}`), text: s.text });
  return { format: 'fm-lm-corpus', version: 1, minCount: MIN_COUNT, vocabulary: buildVocabulary(sections.map((s) => s.text)), sections };
}

/** Checks a downloaded corpus (shape only; throws a message naming what is wrong). */
export function checkCorpus(value: unknown): Corpus {
  const c = value as Corpus;
  if (!c || typeof c !== 'object' || c.format !== 'fm-lm-corpus' || c.version !== 1) throw new Error('not a corpus file (format or version)');
  if (!Array.isArray(c.vocabulary) || c.vocabulary[0] !== UNK || !c.vocabulary.every((v, i) => i === 0 || (typeof v === 'string' && [...v].length === 1)))
    throw new Error('bad vocabulary');
  if (new Set(c.vocabulary).size !== c.vocabulary.length) throw new Error('duplicate vocabulary entries');
  if (!Array.isArray(c.sections) || c.sections.length === 0) throw new Error('no sections');
  for (const s of c.sections)
    if (!s || (s.lang !== 'en' && s.lang !== 'zh') || typeof s.chapter !== 'string' || typeof s.id !== 'string' || typeof s.text !== 'string' || typeof s.validation !== 'boolean')
      throw new Error('bad section');
  if (!c.sections.some((s) => s.validation) || !c.sections.some((s) => !s.validation)) throw new Error('no training or no validation sections');
  return c;
}

/** The characters → ids map of a vocabulary. */
export class Tokenizer {
  readonly vocabulary: readonly string[];
  private readonly ids: Map<string, number>;
  constructor(vocabulary: readonly string[]) {
    this.vocabulary = vocabulary;
    this.ids = new Map(vocabulary.map((c, i) => [c, i]));
  }
  get size(): number {
    return this.vocabulary.length;
  }
  encode(text: string): Int32Array {
    const chars = [...text];
    const out = new Int32Array(chars.length);
    for (let i = 0; i < chars.length; i++) out[i] = this.ids.get(chars[i]!) ?? 0;
    return out;
  }
  decode(ids: ArrayLike<number>): string {
    let s = '';
    for (let i = 0; i < ids.length; i++) s += ids[i] === 0 ? '\uFFFD' : (this.vocabulary[ids[i]!] ?? '\uFFFD');
    return s;
  }
  token(id: number): string {
    return id === 0 ? UNK : (this.vocabulary[id] ?? UNK);
  }
}

export interface TextSplit {
  train: string;
  validation: string;
  /** Held-out section names (`<lang>:<chapter>#<id>`), or null for own text. */
  validationSections: string[] | null;
}

/** Separator between sections when they are joined into one stream. */
export const SECTION_SEPARATOR = '\n\n';

/**
 * The training and validation text for a corpus choice. `book`: both editions; `en`/`zh`: one;
 * `chapter:<slug>`: one chapter in both languages. Throws if the choice selects nothing.
 */
export function splitCorpus(corpus: Corpus, choice: string): TextSplit {
  let pick: (s: CorpusSection) => boolean;
  if (choice === 'book') pick = () => true;
  else if (choice === 'en' || choice === 'zh') pick = (s) => s.lang === choice;
  else if (choice.startsWith('chapter:')) {
    const slug = choice.slice('chapter:'.length);
    pick = (s) => s.chapter === slug;
  } else throw new Error(`unknown corpus ${choice}`);
  const chosen = corpus.sections.filter(pick);
  const train = chosen.filter((s) => !s.validation);
  const validation = chosen.filter((s) => s.validation);
  if (train.length === 0 || validation.length === 0) throw new Error(`corpus ${choice} has no training or no validation sections`);
  return {
    train: train.map((s) => s.text).join(SECTION_SEPARATOR),
    validation: validation.map((s) => s.text).join(SECTION_SEPARATOR),
    validationSections: validation.map((s) => `${s.lang}:${s.chapter}#${s.id}`),
  };
}

/** Own text needs at least this many characters in each part. */
export const OWN_MIN_PART = 200;

/**
 * The reader's own text, split "the same way": into paragraphs (blank lines) as its sections, every
 * VALIDATION_EVERY-th (from VALIDATION_OFFSET) held out; with fewer than VALIDATION_EVERY paragraphs,
 * the last tenth of the text (at a character boundary) is held out. Null when a part would be shorter
 * than OWN_MIN_PART characters.
 */
export function splitOwnText(text: string): TextSplit | null {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  let train: string;
  let validation: string;
  if (paragraphs.length >= VALIDATION_EVERY) {
    const held = paragraphs.filter((_, i) => i % VALIDATION_EVERY === VALIDATION_OFFSET);
    const kept = paragraphs.filter((_, i) => i % VALIDATION_EVERY !== VALIDATION_OFFSET);
    train = kept.join(SECTION_SEPARATOR);
    validation = held.join(SECTION_SEPARATOR);
  } else {
    const chars = [...paragraphs.join(SECTION_SEPARATOR)];
    const cut = Math.floor(chars.length * 0.9);
    train = chars.slice(0, cut).join('');
    validation = chars.slice(cut).join('');
  }
  if ([...train].length < OWN_MIN_PART || [...validation].length < OWN_MIN_PART) return null;
  return { train, validation, validationSections: null };
}
