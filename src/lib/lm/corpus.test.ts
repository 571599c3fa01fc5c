import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHAPTERS } from '../book/book';
import { buildCorpus, buildVocabulary, checkCorpus, EXCLUDED_CHAPTERS, MIN_COUNT, OWN_MIN_PART, proseOf, splitCorpus, splitOwnText, Tokenizer, UNK } from './corpus';

const MDX = `---
title: 'A chapter'
---
import Cite from '~/components/Cite.astro';

Opening text with <Term id="adam">Adam</Term> and a [link](/en/math/#x) <Cite id="k-2015" />.

## First section {/*first*/}

The loss $L = -\\log p$ is **small**, see \`code()\` here.

$$
x = y
$$

\`\`\`python
print("never")
\`\`\`

- a list item
- another

<Example name="sampling" />

| a | b |
| --- | --- |
| 1 | 2 |

### Sub {/*sub*/}

Last words.
`;

describe('proseOf', () => {
  it('keeps prose, drops code, maths, components and markup, and splits by h2/h3', () => {
    const s = proseOf(MDX, 'ch');
    expect(s.map((x) => x.id)).toEqual(['ch', 'first', 'sub']);
    expect(s[0]!.text).toBe('Opening text with Adam and a link.');
    expect(s[1]!.text).toBe('The loss is small, see here.\na list item\nanother');
    expect(s[1]!.title).toBe('First section');
    expect(s[2]!.text).toBe('Last words.');
    const all = s.map((x) => x.text).join(' ');
    for (const bad of ['print', 'x = y', '$', '<', '`', '**', 'import', '|']) expect(all).not.toContain(bad);
  });
});

describe('the book corpus', () => {
  const src = (lang: 'en' | 'zh') => CHAPTERS.map((c) => ({ slug: c.slug, mdx: readFileSync(`content/${lang}/${c.slug}.mdx`, 'utf8') }));
  const corpus = buildCorpus({ en: src('en'), zh: src('zh') });

  it('holds both editions, the same held-out sections in each, at least one per chapter', () => {
    checkCorpus(corpus);
    const held = (lang: string) => corpus.sections.filter((s) => s.lang === lang && s.validation).map((s) => `${s.chapter}#${s.id}`);
    expect(held('zh')).toEqual(held('en'));
    const chapters = CHAPTERS.map((c) => c.slug).filter((c) => !(EXCLUDED_CHAPTERS as readonly string[]).includes(c));
    for (const c of chapters) {
      const n = corpus.sections.filter((s) => s.lang === 'en' && s.chapter === c).length;
      if (n >= 2) expect(held('en').some((h) => h.startsWith(`${c}#`)), c).toBe(true);
    }
    expect(corpus.sections.some((s) => (EXCLUDED_CHAPTERS as readonly string[]).includes(s.chapter))).toBe(false);
    const text = corpus.sections.map((s) => s.text).join('\n');
    for (const bad of ['$$', '```', '<Term', '{/*', '\\frac']) expect(text).not.toContain(bad);
  });

  it('splits into training and validation text without sharing a section', () => {
    for (const choice of ['book', 'en', 'zh', 'chapter:practice', 'chapter:algorithms']) {
      const split = splitCorpus(corpus, choice);
      expect(split.validationSections!.length).toBeGreaterThan(0);
      for (const s of corpus.sections.filter((x) => x.validation)) expect(split.train.includes(s.text)).toBe(false);
    }
    expect(splitCorpus(corpus, 'zh').validationSections!.every((s) => s.startsWith('zh:'))).toBe(true);
    expect(() => splitCorpus(corpus, 'chapter:nope')).toThrow();
    expect(() => splitCorpus(corpus, 'fr')).toThrow();
  });

  it('maps characters seen at least MIN_COUNT times to ids and the rest to <unk>', () => {
    const v = buildVocabulary(['aaab', 'bbc'], 3);
    expect(v).toEqual([UNK, 'a', 'b']);
    const t = new Tokenizer(v);
    expect(Array.from(t.encode('abcz'))).toEqual([1, 2, 0, 0]);
    expect(t.decode([1, 2, 0])).toBe('ab\uFFFD');
    const counts = new Map<string, number>();
    for (const s of corpus.sections) for (const ch of s.text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(corpus.vocabulary.length - 1).toBe([...counts.values()].filter((n) => n >= MIN_COUNT).length);
    expect(corpus.vocabulary).toContain('的');
  });

  it('rejects a damaged corpus', () => {
    expect(() => checkCorpus({ ...corpus, format: 'x' })).toThrow();
    expect(() => checkCorpus({ ...corpus, vocabulary: ['a', ...corpus.vocabulary] })).toThrow();
    expect(() => checkCorpus({ ...corpus, sections: corpus.sections.map((s) => ({ ...s, validation: false })) })).toThrow();
    expect(() => checkCorpus(null)).toThrow();
  });
});

describe('splitOwnText', () => {
  it('holds out every sixth paragraph (from the fourth), or the last tenth of a short text', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} `.repeat(10).trim());
    const s = splitOwnText(paragraphs.join('\n\n'))!;
    expect(s.validation).toBe([paragraphs[3], paragraphs[9]].join('\n\n'));
    expect(s.train).not.toContain('Paragraph 3 ');
    const long = 'x'.repeat(3000);
    const t = splitOwnText(long)!;
    expect(t.train.length).toBe(2700);
    expect(t.validation.length).toBe(300);
    expect(splitOwnText('too short')).toBeNull();
    expect(splitOwnText('y'.repeat(OWN_MIN_PART * 5))).toBeNull();
  });
});
