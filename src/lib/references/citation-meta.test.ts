import { expect, test } from 'vitest';
import { addPdfMeta, chapterPageSlug, citationMeta } from './citation-meta';

test('citation_* tags of a chapter page (en)', () => {
  expect(citationMeta('en', 'Mathematical Models and Formulas', 'https://h.example/en/math/')).toEqual([
    ['citation_title', 'Mathematical Models and Formulas'],
    ['citation_inbook_title', 'The Socio-Technical Nature of Foundation Models'],
    ['citation_author', 'Zen and the Art of Computer Programming'],
    ['citation_publication_date', '2026/12/06'],
    ['citation_edition', '3'],
    ['citation_language', 'en'],
    ['citation_public_url', 'https://h.example/en/math/'],
  ]);
});

test('a local build (no SITE_URL) gives no citation_public_url', () => {
  const tags = citationMeta('zh', '数学模型和公式', undefined);
  expect(tags.map(([n]) => n)).not.toContain('citation_public_url');
  expect(tags).toContainEqual(['citation_language', 'zh-CN']);
  expect(tags).toContainEqual(['citation_author', '禅与计算机程序设计艺术']);
});

test('only chapter pages carry the tags: not the landing page, progress, changes, parallel views or embeds', () => {
  expect(chapterPageSlug('en/math/')).toBe('math');
  expect(chapterPageSlug('zh/glossary/')).toBe('glossary');
  for (const p of ['', 'en/', 'en/progress/', 'zh/changes/', 'en/exercises/', 'parallel/math/', 'en/embed/example-mse/', 'en/math/extra/', 'fr/math/']) {
    expect(chapterPageSlug(p), p).toBeUndefined();
  }
});

test('citation_pdf_url: after the last citation_* tag, replaced on a second run, never added to a page without tags', () => {
  const page = '<head><meta name="citation_title" content="T"><meta name="citation_language" content="en"><meta name="x" content="y"></head>';
  const once = addPdfMeta(page, '/pdf/foundation-models-book-en.pdf');
  expect(once).toBe(
    '<head><meta name="citation_title" content="T"><meta name="citation_language" content="en"><meta name="citation_pdf_url" content="/pdf/foundation-models-book-en.pdf"><meta name="x" content="y"></head>',
  );
  expect(addPdfMeta(once, 'https://book.test/pdf/a.pdf')).toBe(once.replace('/pdf/foundation-models-book-en.pdf', 'https://book.test/pdf/a.pdf'));
  // As Astro writes them: self-closing.
  expect(addPdfMeta('<meta name="citation_language" content="zh-CN"/><link rel="x">', '/p.pdf')).toBe('<meta name="citation_language" content="zh-CN"/><meta name="citation_pdf_url" content="/p.pdf"><link rel="x">');
  expect(addPdfMeta('<head><title>Your progress</title></head>', '/pdf/x.pdf')).toBe('<head><title>Your progress</title></head>');
});
